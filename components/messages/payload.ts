import type { FetchedMessage } from '@/lib/api/messages';

// A fetched payload in its forms: bytes, hex dump, base64, parsed JSON. Pure, and safe on any
// input: broken base64 is no bytes, not an exception.

export type PayloadOf = Pick<FetchedMessage, 'payload' | 'payload_encoding' | 'payload_bytes' | 'truncated'>;

export function base64ToBytes(base64: string): Uint8Array {
  try {
    const binary = atob(base64.replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return new Uint8Array(0);
  }
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with millions of arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The bytes shown (the first `truncate` bytes of a truncated payload). */
export function payloadBytes({ payload, payload_encoding }: Pick<PayloadOf, 'payload' | 'payload_encoding'>): Uint8Array {
  return payload_encoding === 'base64' ? base64ToBytes(payload) : new TextEncoder().encode(payload);
}

const printable = (byte: number) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.');

/** The classic dump: offset, 16 bytes in hex (a gap after 8), the printable ASCII between bars. */
export function hexDump(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += 16) {
    const row = bytes.subarray(offset, offset + 16);
    let hex = '';
    let ascii = '';
    for (let i = 0; i < 16; i++) {
      const byte = row[i];
      hex += (byte === undefined ? '  ' : byte.toString(16).padStart(2, '0')) + (i === 7 ? '  ' : ' ');
      if (byte !== undefined) ascii += printable(byte);
    }
    lines.push(`${offset.toString(16).padStart(8, '0')}  ${hex} |${ascii}|`);
  }
  return lines.join('\n');
}

export type JsonParse = { ok: true; value: unknown } | { ok: false };

/** The payload as JSON, when it is JSON. */
export function parseJson(text: string): JsonParse {
  if (!text.trim()) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** An object or array worth a tree (a bare number or string is better read as text). */
export function isJsonContainer(text: string): boolean {
  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return false;
  const parsed = parseJson(text);
  return parsed.ok && parsed.value !== null && typeof parsed.value === 'object';
}
