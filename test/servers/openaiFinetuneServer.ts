/** OpenAI fine_tuning jobs, events, checkpoints and cancel, advancing one state per poll. */
import { apiError, type FakeApiServer } from './fakeApiServer.js';
import type { OpenAIFilesStore } from './openaiFilesServer.js';

type Status = 'validating_files' | 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface FakeFinetuneJob {
  id: string;
  model: string;
  training_file: string;
  validation_file: string | null;
  suffix: string | null;
  metadata: Record<string, string> | null;
  method: any;
  status: Status;
  created_at: number;
  polls: number;
  events: Array<{ id: string; created_at: number; level: 'info' | 'warn' | 'error'; message: string }>;
  checkpoints: Array<{ id: string; step_number: number; fine_tuned_model_checkpoint: string; metrics: Record<string, number> }>;
  fine_tuned_model: string | null;
}

export interface OpenAIFinetuneFake {
  jobs: Map<string, FakeFinetuneJob>;
  /** Number of successful job creations. */
  creates: () => number;
}

export interface OpenAIFinetuneFakeOptions {
  /** Polls spent in `running` before the job ends (default 3). */
  runningPolls?: number;
  outcome?: 'succeeded' | 'failed';
}

export function installOpenAIFinetune(
  server: FakeApiServer,
  files: OpenAIFilesStore,
  options: OpenAIFinetuneFakeOptions = {},
): OpenAIFinetuneFake {
  const jobs = new Map<string, FakeFinetuneJob>();
  let nextJob = 1;
  let nextEvent = 1;
  const runningPolls = options.runningPolls ?? 3;
  const now = () => Math.floor(Date.now() / 1000);
  const event = (job: FakeFinetuneJob, message: string, level: 'info' | 'warn' | 'error' = 'info') =>
    job.events.push({ id: `ftevent-${String(nextEvent++).padStart(6, '0')}`, created_at: now(), level, message });

  const view = (job: FakeFinetuneJob) => ({
    object: 'fine_tuning.job',
    id: job.id,
    model: job.model,
    created_at: job.created_at,
    finished_at: ['succeeded', 'failed', 'cancelled'].includes(job.status) ? now() : null,
    fine_tuned_model: job.fine_tuned_model,
    organization_id: 'org-fake',
    result_files: [],
    status: job.status,
    validation_file: job.validation_file,
    training_file: job.training_file,
    hyperparameters: job.method?.supervised?.hyperparameters ?? {},
    trained_tokens: job.status === 'succeeded' ? 1234 : null,
    error: job.status === 'failed' ? { code: 'invalid_training_file', message: 'Training failed', param: null } : null,
    seed: 42,
    estimated_finish: null,
    integrations: null,
    metadata: job.metadata,
    method: job.method,
    suffix: job.suffix,
  });

  const advance = (job: FakeFinetuneJob) => {
    if (['succeeded', 'failed', 'cancelled'].includes(job.status)) return;
    job.polls++;
    if (job.status === 'validating_files') {
      job.status = 'queued';
      event(job, 'Files validated, job queued');
    } else if (job.status === 'queued') {
      job.status = 'running';
      event(job, 'Fine-tuning job started');
    } else if (job.status === 'running') {
      const step = job.polls - 2;
      event(job, `Step ${step}/${runningPolls}: training loss=${(1 / step).toFixed(3)}`);
      if (step >= runningPolls) {
        if ((options.outcome ?? 'succeeded') === 'succeeded') {
          job.status = 'succeeded';
          job.fine_tuned_model = `ft:${job.model}:fake-org:${job.suffix ?? ''}:${job.id.slice(-6)}`;
          for (let s = 1; s <= 2; s++) {
            job.checkpoints.push({
              id: `ftckpt-${job.id}-${s}`,
              step_number: s * 10,
              fine_tuned_model_checkpoint: `${job.fine_tuned_model}:ckpt-step-${s * 10}`,
              metrics: { train_loss: 1 / s },
            });
          }
          event(job, 'The job has successfully completed');
        } else {
          job.status = 'failed';
          event(job, 'Training failed', 'error');
        }
      }
    }
  };

  const page = <T extends { id: string }>(items: T[], after: string | null, limit: number) => {
    let start = 0;
    if (after) {
      const i = items.findIndex((x) => x.id === after);
      start = i < 0 ? items.length : i + 1;
    }
    const data = items.slice(start, start + limit);
    return { object: 'list', data, has_more: start + limit < items.length };
  };

  server.route('POST', /^\/v1\/fine_tuning\/jobs$/, (req) => {
    const body = req.json();
    if (typeof body.model !== 'string') return apiError(400, 'model is required');
    const f = files.files.get(body.training_file);
    if (!f || f.purpose !== 'fine-tune') return apiError(400, `invalid training_file ${body.training_file}`);
    if (body.method && body.method.type !== 'supervised') return apiError(400, 'unsupported method');
    if (body.suffix && String(body.suffix).length > 64) return apiError(400, 'suffix too long');
    const job: FakeFinetuneJob = {
      id: `ftjob-${String(nextJob++).padStart(6, '0')}`,
      model: body.model,
      training_file: body.training_file,
      validation_file: body.validation_file ?? null,
      suffix: body.suffix ?? null,
      metadata: body.metadata ?? null,
      method: body.method ?? { type: 'supervised', supervised: { hyperparameters: {} } },
      status: 'validating_files',
      created_at: now(),
      polls: 0,
      events: [],
      checkpoints: [],
      fine_tuned_model: null,
    };
    event(job, `Created fine-tuning job: ${job.id}`);
    jobs.set(job.id, job);
    return { json: view(job) };
  });
  server.route('GET', /^\/v1\/fine_tuning\/jobs$/, (req) => {
    let list = [...jobs.values()].reverse();
    for (const [k, v] of req.query) {
      const m = /^metadata\[(.+)\]$/.exec(k);
      if (m) list = list.filter((j) => j.metadata?.[m[1]!] === v);
    }
    return { json: page(list.map(view), req.query.get('after'), Number(req.query.get('limit') ?? 20)) };
  });
  server.route('GET', /^\/v1\/fine_tuning\/jobs\/([^/]+)$/, (req) => {
    const job = jobs.get(req.params[0]!);
    if (!job) return apiError(404, 'No such job');
    advance(job);
    return { json: view(job) };
  });
  server.route('POST', /^\/v1\/fine_tuning\/jobs\/([^/]+)\/cancel$/, (req) => {
    const job = jobs.get(req.params[0]!);
    if (!job) return apiError(404, 'No such job');
    if (['succeeded', 'failed', 'cancelled'].includes(job.status)) return apiError(400, 'Job already finished');
    job.status = 'cancelled';
    event(job, 'Job cancelled');
    return { json: view(job) };
  });
  server.route('GET', /^\/v1\/fine_tuning\/jobs\/([^/]+)\/events$/, (req) => {
    const job = jobs.get(req.params[0]!);
    if (!job) return apiError(404, 'No such job');
    const newestFirst = [...job.events].reverse().map((e) => ({ object: 'fine_tuning.job.event', ...e, type: 'message' }));
    return { json: page(newestFirst, req.query.get('after'), Number(req.query.get('limit') ?? 20)) };
  });
  server.route('GET', /^\/v1\/fine_tuning\/jobs\/([^/]+)\/checkpoints$/, (req) => {
    const job = jobs.get(req.params[0]!);
    if (!job) return apiError(404, 'No such job');
    const items = [...job.checkpoints].reverse().map((c) => ({
      object: 'fine_tuning.job.checkpoint',
      created_at: now(),
      fine_tuning_job_id: job.id,
      ...c,
    }));
    return { json: page(items, req.query.get('after'), Number(req.query.get('limit') ?? 10)) };
  });
  return { jobs, creates: () => jobs.size };
}
