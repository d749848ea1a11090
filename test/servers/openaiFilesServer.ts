/** OpenAI Files endpoints (upload, retrieve, content) on a fake server. */
import { apiError, type FakeApiServer } from './fakeApiServer.js';

export interface StoredFile {
  id: string;
  purpose: string;
  filename: string;
  content: Buffer;
  created_at: number;
}

export interface OpenAIFilesStore {
  files: Map<string, StoredFile>;
  add(purpose: string, filename: string, content: string | Buffer): StoredFile;
}

export function fileObject(f: StoredFile) {
  return {
    id: f.id,
    object: 'file',
    bytes: f.content.length,
    created_at: f.created_at,
    filename: f.filename,
    purpose: f.purpose,
    status: 'processed',
  };
}

export function installOpenAIFiles(server: FakeApiServer): OpenAIFilesStore {
  const files = new Map<string, StoredFile>();
  let next = 1;
  const store: OpenAIFilesStore = {
    files,
    add(purpose, filename, content) {
      const f: StoredFile = {
        id: `file-${String(next++).padStart(6, '0')}`,
        purpose,
        filename,
        content: Buffer.isBuffer(content) ? content : Buffer.from(content),
        created_at: Math.floor(Date.now() / 1000),
      };
      files.set(f.id, f);
      return f;
    },
  };
  server.route('POST', /^\/v1\/files$/, async (req) => {
    const form = await req.formData();
    const purpose = form.get('purpose');
    const file = form.get('file');
    if (typeof purpose !== 'string' || !(file instanceof Blob)) return apiError(400, 'file and purpose are required');
    const name = (file as File).name ?? 'upload.jsonl';
    return { json: fileObject(store.add(purpose, name, Buffer.from(await file.arrayBuffer()))) };
  });
  server.route('GET', /^\/v1\/files\/([^/]+)$/, (req) => {
    const f = files.get(req.params[0]!);
    return f ? { json: fileObject(f) } : apiError(404, 'No such file');
  });
  server.route('GET', /^\/v1\/files\/([^/]+)\/content$/, (req) => {
    const f = files.get(req.params[0]!);
    return f ? { text: f.content.toString('utf8'), headers: { 'content-type': 'application/octet-stream' } } : apiError(404, 'No such file');
  });
  return store;
}
