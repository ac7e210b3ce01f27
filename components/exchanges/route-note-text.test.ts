import { describe, expect, it } from 'vitest';
import { format } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/i18n';
import { routeNoteText } from './route-note-text';

const en: Translate = (key, vars) => format('en', key, vars);
const zh: Translate = (key, vars) => format('zh', key, vars);

describe('routeNoteText', () => {
  it('says each note in the user’s language', () => {
    expect(routeNoteText(en, { code: 'alternateMissing', params: { name: 'gone', exchange: 'main' } })).toBe(
      'The alternate exchange “gone” of “main” does not exist: the broker skips it',
    );
    expect(routeNoteText(zh, { code: 'alternateMissing', params: { name: 'gone', exchange: 'main' } })).toBe(
      '“main”的备用交换机“gone”不存在：broker 会跳过它',
    );
    expect(routeNoteText(en, { code: 'badDistributionHeader', params: { header: 'CC' } })).toBe(
      'The CC header must be a list of strings; RabbitMQ closes the channel for any other type (PRECONDITION_FAILED)',
    );
  });

  it('counts with plural forms', () => {
    const note = (count: number) => ({ code: 'unpredictable' as const, params: { name: 'hash', type: 'x-consistent-hash', count } });
    expect(routeNoteText(en, note(1))).toBe('Warren cannot predict how a “x-consistent-hash” exchange routes (a plugin decides): “hash” has 1 binding');
    expect(routeNoteText(en, note(3))).toMatch(/“hash” has 3 bindings$/);
    expect(routeNoteText(en, { code: 'truncated', params: { max: 200 } })).toBe('Only the first 200 exchanges on the way were followed');
  });

  it('names the default exchange as the UI does', () => {
    expect(routeNoteText(en, { code: 'internal', params: { name: '' } })).toMatch(/^“\(AMQP default\)” is internal/);
  });
});
