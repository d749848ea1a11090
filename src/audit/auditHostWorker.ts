// Worker-thread entry of `auditInWorker`: runs one `auditDataset` audit on this thread, whose heap
// limits the caller set, and sends back its progress, warnings and report data (or its error).
import { parentPort, workerData } from 'node:worker_threads';
import { auditDatasetHere } from './auditDataset.js';
import type { MemoryWorkerMessage, MemoryWorkerRequest } from './auditInWorker.js';
import { toThreadError } from './threadError.js';

const port = parentPort;
if (port) {
  const request = workerData as MemoryWorkerRequest;
  const send = (message: MemoryWorkerMessage) => port.postMessage(message);
  const controller = request.signal ? new AbortController() : undefined;
  port.on('message', (message: { type?: string }) => {
    if (message?.type === 'abort') controller?.abort();
  });
  auditDatasetHere(request.inputs, {
    ...request.options,
    ...(controller ? { signal: controller.signal } : {}),
    ...(request.progress ? { onProgress: (progress) => send({ type: 'progress', progress }) } : {}),
    ...(request.warnings ? { onWarning: (message) => send({ type: 'warning', message }) } : {}),
  }).then(
    (data) => send({ type: 'done', data }),
    (error: unknown) => send({ type: 'error', error: toThreadError(error) }),
  );
}
