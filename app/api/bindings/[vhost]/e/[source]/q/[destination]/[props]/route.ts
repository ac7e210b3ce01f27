import { deleteBinding } from '@/lib/rabbitmq/bindings';
import { bindingParams } from '@/lib/schemas/binding';
import { exchangeFromSegment } from '@/lib/api/segments';
import { withSession } from '@/lib/session/with-session';

// DELETE /api/bindings/:vhost/e/:source/q/:destination/:props — unbind (props is the binding's properties_key)
export const DELETE = withSession({ params: bindingParams }, async ({ credentials, params }) => {
  await deleteBinding(
    credentials,
    params.vhost,
    exchangeFromSegment(params.source),
    'queue',
    params.destination,
    params.props,
  );
});
