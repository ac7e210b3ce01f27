// The test broker helpers every suite shares (tests/support/broker.ts).
export { amqpConnection, createVhost, deleteQueue, enc, messageCount, mgmt, publishMessages, uniqueName } from '../../tests/support/broker';
