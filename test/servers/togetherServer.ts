/** Together fine-tuning REST endpoints: /v1/files/upload, /v1/fine-tunes (+ events, cancel, list). */
import { apiError, type FakeApiServer } from './fakeApiServer.js';

export interface TogetherFake {
  files: Map<string, { id: string; purpose: string; content: string }>;
  jobs: Map<string, any>;
  creates: () => number;
}

const PROGRESSION = ['pending', 'queued', 'running', 'running', 'uploading', 'completed'];

export function installTogether(
  server: FakeApiServer,
  options: { outcome?: 'completed' | 'error'; eventOrder?: 'oldest-first' | 'newest-first' } = {},
): TogetherFake {
  // Strictly increasing event times (one second apart), so either list order is unambiguous.
  let clock = Date.parse('2026-01-01T00:00:00Z');
  const stamp = () => new Date((clock += 1000)).toISOString();
  const files = new Map<string, { id: string; purpose: string; content: string }>();
  const jobs = new Map<string, any>();
  let next = 1;
  const authorized = (h: Record<string, unknown>) => typeof h.authorization === 'string' && h.authorization.startsWith('Bearer ');
  const view = (j: any) => {
    const { polls: _p, checkpoints: _c, ...rest } = j;
    return rest;
  };
  server.route('POST', /^\/v1\/files\/upload$/, async (req) => {
    if (!authorized(req.headers)) return apiError(401, 'missing key');
    const form = await req.formData();
    const file = form.get('file');
    if (form.get('purpose') !== 'fine-tune' || typeof form.get('file_name') !== 'string' || !(file instanceof Blob)) {
      return apiError(400, 'purpose, file_name and file are required');
    }
    const id = `file-${String(next++).padStart(4, '0')}`;
    files.set(id, { id, purpose: 'fine-tune', content: await file.text() });
    return { json: { id, object: 'file', created_at: 1, filename: form.get('file_name'), bytes: file.size, purpose: 'fine-tune', Processed: true, FileType: 'jsonl' } };
  });
  server.route('POST', /^\/v1\/fine-tunes$/, (req) => {
    const body = req.json();
    if (!files.has(body.training_file) || typeof body.model !== 'string') return apiError(400, 'training_file and model are required');
    if (body.suffix && body.suffix.length > 40) return apiError(400, 'suffix too long');
    const id = `ft-${String(next++).padStart(8, '0')}`;
    const job = {
      id,
      status: 'pending',
      model: body.model,
      training_file: body.training_file,
      validation_file: body.validation_file ?? null,
      suffix: body.suffix ?? null,
      n_epochs: body.n_epochs ?? 1,
      learning_rate: body.learning_rate ?? null,
      training_type: body.training_type ?? { type: 'Full' },
      n_checkpoints: body.n_checkpoints ?? 1,
      training_method: { method: 'sft', train_on_inputs: 'auto', ...body.training_method },
      model_output_name: `fakeuser/${body.model.split('/').at(-1)}-${body.suffix ?? ''}-${id.slice(-4)}`,
      created_at: new Date().toISOString(),
      events: [{ object: 'fine-tune-event', created_at: stamp(), message: 'Fine tune request created', type: 'job_pending', level: null }],
      polls: 0,
    };
    jobs.set(id, job);
    return { json: view(job) };
  });
  server.route('GET', /^\/v1\/fine-tunes$/, () => ({ json: { data: [...jobs.values()].map(view) } }));
  server.route('GET', /^\/v1\/fine-tunes\/([^/]+)$/, (req) => {
    const job = jobs.get(req.params[0]!);
    if (!job) return apiError(404, 'not found');
    if (!['completed', 'error', 'cancelled'].includes(job.status)) {
      job.polls++;
      let status = PROGRESSION[Math.min(job.polls, PROGRESSION.length - 1)]!;
      if (status === 'completed' && options.outcome === 'error') status = 'error';
      if (status !== job.status || status === 'running') {
        job.events.push({ object: 'fine-tune-event', created_at: stamp(), message: `Status: ${status} (poll ${job.polls})`, type: `job_${status}`, level: status === 'error' ? 'error' : 'info' });
      }
      job.status = status;
      if (status === 'completed') {
        // n_checkpoints evenly spaced over 100 steps, the last one the final model.
        const n = job.n_checkpoints;
        job.checkpoints = Array.from({ length: n }, (_, i) => {
          const step = Math.round((100 * (i + 1)) / n);
          return { step, created_at: stamp(), path: `s3://fake-bucket/${job.id}/checkpoint-${step}`, checkpoint_type: i === n - 1 ? 'Final' : 'Intermediate' };
        });
      }
    }
    return { json: view(job) };
  });
  // Listed newest first, as a list of saves tends to be; clients must not rely on the order.
  server.route('GET', /^\/v1\/fine-tunes\/([^/]+)\/checkpoints$/, (req) => {
    const job = jobs.get(req.params[0]!);
    if (!job) return apiError(404, 'not found');
    return { json: { data: [...(job.checkpoints ?? [])].reverse() } };
  });
  server.route('GET', /^\/v1\/fine-tunes\/([^/]+)\/events$/, (req) => {
    const job = jobs.get(req.params[0]!);
    if (!job) return apiError(404, 'not found');
    return { json: { data: options.eventOrder === 'newest-first' ? [...job.events].reverse() : job.events } };
  });
  server.route('POST', /^\/v1\/fine-tunes\/([^/]+)\/cancel$/, (req) => {
    const job = jobs.get(req.params[0]!);
    if (!job) return apiError(404, 'not found');
    job.status = 'cancelled';
    return { json: view(job) };
  });
  return { files, jobs, creates: () => jobs.size };
}
