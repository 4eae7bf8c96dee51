/// <reference lib="webworker" />
import { handleRequest } from './handle-request';

// A module worker (see align-client.ts): alignment of long texts runs here so the page never
// freezes. One request at a time; the client cancels a job by terminating the worker.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<unknown>) => {
  handleRequest(event.data, (message) => scope.postMessage(message));
};
