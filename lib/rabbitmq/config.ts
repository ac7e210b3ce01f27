import 'server-only';

/** Management API base URLs, in failover order (RABBITMQ_MANAGEMENT_URL, comma-separated). */
export function managementUrls(): string[] {
  return splitList(process.env.RABBITMQ_MANAGEMENT_URL, 'http://127.0.0.1:15672').map((url) =>
    url.replace(/\/+$/, '').replace(/\/api$/, ''),
  );
}

/** AMQP endpoints (RABBITMQ_AMQP_URL, comma-separated). Credentials come from the session. */
export function amqpUrls(): string[] {
  return splitList(process.env.RABBITMQ_AMQP_URL, 'amqp://127.0.0.1:5672');
}

export const MANAGEMENT_TIMEOUT_MS = Number(process.env.WARREN_MANAGEMENT_TIMEOUT_MS) || 10_000;
export const AMQP_TIMEOUT_MS = Number(process.env.WARREN_AMQP_TIMEOUT_MS) || 5_000;

function splitList(value: string | undefined, fallback: string): string[] {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : [fallback];
}
