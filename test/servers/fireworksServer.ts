/** Fireworks datasets and supervisedFineTuningJobs under /v1/accounts/{account}. */
import type { FakeApiServer, FakeResponse } from './fakeApiServer.js';

export interface FireworksFake {
  datasets: Map<string, { name: string; state: string; content?: string }>;
  jobs: Map<string, any>;
  /** Successful job creations (409s excluded). */
  creates: () => number;
  /** Requests to each cancel route, by method. */
  cancelCalls: { cancel: number; delete: number };
  /** Serve `POST …:cancel` (default true). Fireworks documents only DELETE for supervised jobs. */
  setCancelRoute(enabled: boolean): void;
}

const STATES = ['JOB_STATE_CREATING', 'JOB_STATE_PENDING', 'JOB_STATE_RUNNING', 'JOB_STATE_RUNNING', 'JOB_STATE_WRITING_RESULTS', 'JOB_STATE_COMPLETED'];

function grpcError(status: number, code: string, message: string): FakeResponse {
  return { status, json: { code: status, message, details: [], status: code } };
}

export function installFireworks(server: FakeApiServer, account: string): FireworksFake {
  const datasets = new Map<string, { name: string; state: string; content?: string }>();
  const jobs = new Map<string, any>();
  const base = `^/v1/accounts/${account}`;
  const view = (j: any) => {
    const { polls: _p, ...rest } = j;
    return rest;
  };
  server.route('POST', new RegExp(`${base}/datasets$`), (req) => {
    const body = req.json();
    if (typeof body.datasetId !== 'string' || !body.dataset?.userUploaded) return grpcError(400, 'INVALID_ARGUMENT', 'datasetId and dataset.userUploaded required');
    if (datasets.has(body.datasetId)) return grpcError(409, 'ALREADY_EXISTS', 'dataset exists');
    const d = { name: `accounts/${account}/datasets/${body.datasetId}`, state: 'UPLOADING' };
    datasets.set(body.datasetId, d);
    return { json: { ...d, exampleCount: body.dataset.exampleCount ?? '0', createTime: new Date().toISOString() } };
  });
  server.route('POST', new RegExp(`${base}/datasets/([^/:]+):upload$`), async (req) => {
    const d = datasets.get(req.params[0]!);
    if (!d) return grpcError(404, 'NOT_FOUND', 'dataset not found');
    const file = (await req.formData()).get('file');
    if (!(file instanceof Blob)) return grpcError(400, 'INVALID_ARGUMENT', 'file required');
    d.content = await file.text();
    d.state = 'PROCESSING';
    return { json: {} };
  });
  server.route('GET', new RegExp(`${base}/datasets/([^/:]+)$`), (req) => {
    const d = datasets.get(req.params[0]!);
    if (!d) return grpcError(404, 'NOT_FOUND', 'dataset not found');
    const view = { name: d.name, state: d.state };
    // Processing finishes after one look, so clients must poll for READY.
    if (d.state === 'PROCESSING') d.state = 'READY';
    return { json: view };
  });
  server.route('POST', new RegExp(`${base}/supervisedFineTuningJobs$`), (req) => {
    const body = req.json();
    const id = req.query.get('supervisedFineTuningJobId') ?? `job-${jobs.size + 1}`;
    if (jobs.has(id)) return grpcError(409, 'ALREADY_EXISTS', `job ${id} exists`);
    const datasetId = String(body.dataset ?? '').split('/').at(-1)!;
    if (datasets.get(datasetId)?.state !== 'READY') return grpcError(400, 'FAILED_PRECONDITION', 'dataset not ready');
    if (typeof body.baseModel !== 'string') return grpcError(400, 'INVALID_ARGUMENT', 'baseModel required');
    const job = {
      name: `accounts/${account}/supervisedFineTuningJobs/${id}`,
      displayName: body.displayName ?? null,
      dataset: body.dataset,
      baseModel: body.baseModel,
      outputModel: body.outputModel ?? `accounts/${account}/models/${id}`,
      epochs: body.epochs ?? 1,
      loraRank: body.loraRank ?? 8,
      state: STATES[0],
      createTime: new Date().toISOString(),
      polls: 0,
    };
    jobs.set(id, job);
    return { json: view(job) };
  });
  server.route('GET', new RegExp(`${base}/supervisedFineTuningJobs/([^/:]+)$`), (req) => {
    const job = jobs.get(req.params[0]!);
    if (!job) return grpcError(404, 'NOT_FOUND', 'job not found');
    if (job.state !== 'JOB_STATE_CANCELLED' && job.state !== 'JOB_STATE_COMPLETED' && job.state !== 'JOB_STATE_DELETING') {
      job.polls++;
      job.state = STATES[Math.min(job.polls, STATES.length - 1)];
    }
    return { json: view(job) };
  });
  const cancelCalls = { cancel: 0, delete: 0 };
  let cancelRoute = true;
  server.route('POST', new RegExp(`${base}/supervisedFineTuningJobs/([^/:]+):cancel$`), (req) => {
    cancelCalls.cancel++;
    // An unknown route, as a gateway answers it: plain 404, no gRPC body.
    if (!cancelRoute) return { status: 404, text: 'Not Found' };
    const job = jobs.get(req.params[0]!);
    if (!job) return grpcError(404, 'NOT_FOUND', 'job not found');
    job.state = 'JOB_STATE_CANCELLED';
    return { json: {} };
  });
  server.route('DELETE', new RegExp(`${base}/supervisedFineTuningJobs/([^/:]+)$`), (req) => {
    cancelCalls.delete++;
    const job = jobs.get(req.params[0]!);
    if (!job) return grpcError(404, 'NOT_FOUND', 'job not found');
    job.state = 'JOB_STATE_DELETING';
    return { json: {} };
  });
  return { datasets, jobs, creates: () => jobs.size, cancelCalls, setCancelRoute: (enabled) => (cancelRoute = enabled) };
}
