import { connect } from 'node:net';
import type { Socket } from 'node:net';

/** A raw TCP connection to the server of `baseUrl`. */
function open(baseUrl: string): Socket {
  const { hostname, port } = new URL(baseUrl);
  return connect(Number(port), hostname);
}

/** Everything the server sends on `socket` until the connection closes (or fails). */
export function receivedUntilClose(socket: Socket): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.once('error', () => resolve(Buffer.concat(chunks)));
    socket.once('close', () => resolve(Buffer.concat(chunks)));
  });
}

/** The status code of a raw HTTP answer, and the Content-Length it announced. */
export function parseAnswer(answer: Buffer): { status: number; contentLength: number | null } {
  const head = answer.subarray(0, 8_192).toString('latin1');
  const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(head)?.[1] ?? 0);
  const length = /\r\ncontent-length: (\d+)\r\n/i.exec(head)?.[1];
  return { status, contentLength: length === undefined ? null : Number(length) };
}

/** A client that sends its request's headers at once and its body a byte at a time. */
export interface SlowBodyClient {
  /** What the server answered before it closed the connection. */
  answer: Promise<Buffer>;
  stop(): void;
}

/**
 * A POST /graphql whose headers arrive at once and whose body never does: one byte every
 * `intervalMs`, of a body announced 1000 bytes longer than it is.
 */
export function slowBodyClient(baseUrl: string, intervalMs = 200): SlowBodyClient {
  const socket = open(baseUrl);
  const body = JSON.stringify({ query: '{ places { id } }' });
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length + 1000}\r\n\r\n`,
  );
  let sent = 0;
  const timer = setInterval(() => {
    if (!socket.destroyed) socket.write(body[sent % body.length] ?? ' ');
    sent += 1;
  }, intervalMs);
  const answer = receivedUntilClose(socket).finally(() => clearInterval(timer));
  return {
    answer,
    stop() {
      clearInterval(timer);
      socket.destroy();
    },
  };
}

/**
 * A client that sends a whole POST /graphql of `query` and then never reads the answer (its
 * socket paused). `readAll()` resumes it and resolves with what arrives until the close.
 */
export function nonReadingClient(
  baseUrl: string,
  query: string,
): { readAll(): Promise<Buffer>; stop(): void } {
  const socket = open(baseUrl);
  const body = JSON.stringify({ query });
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
  socket.pause();
  return {
    readAll() {
      const all = receivedUntilClose(socket);
      socket.resume();
      return all;
    },
    stop: () => socket.destroy(),
  };
}
