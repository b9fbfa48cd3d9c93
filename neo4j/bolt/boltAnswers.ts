import { createConnection } from 'node:net';

import { BOLT_HOST } from './boltAddress';

/** Bolt's opening handshake (magic, then versions 5.0-5.8 and 4.4); needs no credentials. */
const BOLT_HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x08, 0x08, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00, 0x00, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00,
]);

/** True when a Bolt server on the port agrees on a protocol version (no password needed). */
export function boltAnswers(port: number, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: BOLT_HOST, port });
    let received = Buffer.alloc(0);
    const finish = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => {
      finish(false);
    });
    socket.once('error', () => {
      finish(false);
    });
    socket.once('connect', () => socket.write(BOLT_HANDSHAKE));
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length >= 4) {
        finish(received.readUInt32BE(0) !== 0);
      }
    });
    socket.once('end', () => {
      finish(false);
    });
  });
}
