import { beforeEach, vi } from 'vitest';

// jsdom has no EventSource: the tail tests drive this one, event by event. Register with
// installFakeEventSource() after mockFetch() (its afterEach puts the globals back).

export class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];

  readyState = FakeEventSource.CONNECTING;
  onerror: ((event: Event) => void) | null = null;
  private listeners = new Map<string, Array<(event: MessageEvent<string>) => void>>();

  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close() {
    this.readyState = FakeEventSource.CLOSED;
  }

  get closed() {
    return this.readyState === FakeEventSource.CLOSED;
  }

  /** The server sends an event. */
  emit(type: string, data: unknown) {
    this.readyState = FakeEventSource.OPEN;
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data: JSON.stringify(data) }));
  }

  /** The connection fails: CLOSED when the answer was not a stream (refused), CONNECTING when the browser retries. */
  fail(state: number) {
    this.readyState = state;
    this.onerror?.(new Event('error'));
  }
}

/** The EventSource each test's tail opened last. */
export function installFakeEventSource(): () => FakeEventSource {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  return () => {
    const last = FakeEventSource.instances.at(-1);
    if (!last) throw new Error('no EventSource was opened');
    return last;
  };
}
