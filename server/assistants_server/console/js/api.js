// The console's only way to the server: the public API under /v1 with the key the user signed in
// with. The key lives in this tab's sessionStorage (gone when the tab closes), goes out only in
// the Authorization header, and never in a URL.

import { readEvents } from "./sse.js";

const KEY_ITEM = "assistants-console-key";
const BASE = "/v1";

export class ApiError extends Error {
  constructor(status, body) {
    const detail = body && body.error ? body.error : {};
    super(`${status}: ${detail.message || "request failed"}`);
    this.status = status;
    this.code = detail.code || null;
    this.body = body;
  }
}

export const session = {
  get key() {
    return sessionStorage.getItem(KEY_ITEM);
  },
  signIn(key) {
    sessionStorage.setItem(KEY_ITEM, key || "");
  },
  signOut() {
    sessionStorage.removeItem(KEY_ITEM);
  },
  get signedIn() {
    return sessionStorage.getItem(KEY_ITEM) !== null;
  },
};

function headers(extra = {}) {
  const out = { "OpenAI-Beta": "assistants=v2", ...extra };
  const key = session.key;
  if (key) out.Authorization = `Bearer ${key}`;
  return out;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params || {})) {
    if (value === undefined || value === null || value === "") continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function failure(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return new ApiError(response.status, body);
}

/** One JSON call: request("GET", "/assistants", {query: {limit: 20}}) -> the parsed answer. */
export async function request(method, path, { body, query: params, form } = {}) {
  const init = { method, headers: headers() };
  if (form) init.body = form;
  else if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(BASE + path + query(params), init);
  if (!response.ok) throw await failure(response);
  return response.json();
}

export const get = (path, params) => request("GET", path, { query: params });
export const post = (path, body, params) => request("POST", path, { body, query: params });
export const del = (path) => request("DELETE", path);

/** Every item of a list, page after page (at most `pages` pages of `limit`). */
export async function listAll(path, params = {}, { limit = 100, pages = 20 } = {}) {
  const items = [];
  let after;
  for (let page = 0; page < pages; page++) {
    const answer = await get(path, { ...params, limit, after });
    items.push(...answer.data);
    if (!answer.has_more || !answer.data.length) break;
    after = answer.last_id || answer.data[answer.data.length - 1].id;
  }
  return items;
}

/** A file's bytes as a Blob (the key goes in the header; the Blob becomes an object URL). */
export async function fileBlob(fileId) {
  const response = await fetch(`${BASE}/files/${encodeURIComponent(fileId)}/content`, { headers: headers() });
  if (!response.ok) throw await failure(response);
  return response.blob();
}

/** Download a file: fetch it with the key, then save it from an object URL. */
export async function download(fileId, filename) {
  const blob = await fileBlob(fileId);
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename || fileId;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Upload one file (purpose) with XMLHttpRequest, calling onProgress(fraction) as it goes. */
export function upload(file, purpose, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${BASE}/files`);
    for (const [name, value] of Object.entries(headers())) xhr.setRequestHeader(name, value);
    xhr.responseType = "json";
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener("load", () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(xhr.response);
      } else reject(new ApiError(xhr.status, xhr.response));
    });
    xhr.addEventListener("error", () => reject(new ApiError(0, { error: { message: "network error" } })));
    const form = new FormData();
    form.append("purpose", purpose);
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

/** POST with stream: true and yield the run's events as they come ({event, data}). */
export async function* stream(path, body, signal) {
  const response = await fetch(BASE + path, {
    method: "POST",
    signal,
    headers: headers({ "Content-Type": "application/json", Accept: "text/event-stream" }),
    body: JSON.stringify({ ...body, stream: true }),
  });
  if (!response.ok) throw await failure(response);
  yield* readEvents(response);
}

/** Whether the server takes this tab's key (or none): a cheap list call. */
export async function check() {
  await get("/assistants", { limit: 1 });
}
