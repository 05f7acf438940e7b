// How the API's objects look on the console's pages: a message's content with its annotations
// linked to the cited files, images fetched with the key and shown through object URLs, and
// attachments. Shared by the Threads page and the Playground.

import { download, fileBlob, get } from "./api.js";
import { h, time } from "./dom.js";

const objectUrls = new Set();

/** Forget the object URLs made for images (called when a page is left). */
export function releaseImages() {
  for (const url of objectUrls) URL.revokeObjectURL(url);
  objectUrls.clear();
}

/** A button that downloads `fileId` through the API (with the key), labelled `text`. */
export function fileLink(fileId, text) {
  const button = h(
    "button",
    {
      type: "button",
      class: "link",
      title: `Download ${fileId}`,
      onclick: async () => {
        try {
          await download(fileId, text && text !== fileId ? text : fileId);
        } catch (err) {
          button.title = err.message;
          button.classList.add("error");
        }
      },
    },
    text || fileId,
  );
  button.dataset.id = fileId;
  return button;
}

const names = new Map();

/** A link to a file that shows its filename once the API has told it (the id until then). */
export function namedFileLink(fileId) {
  const link = fileLink(fileId);
  if (!names.has(fileId)) names.set(fileId, get(`/files/${encodeURIComponent(fileId)}`).then((f) => f.filename, () => null));
  names.get(fileId).then((name) => {
    if (name) {
      link.textContent = name;
      link.title = `Download ${name} (${fileId})`;
    }
  });
  return link;
}

/** An image file shown inline: fetched with the key, shown through an object URL. */
export function image(fileId, alt) {
  const img = h("img", { alt: alt || `image ${fileId}`, class: "inline-image" });
  img.dataset.id = fileId;
  fileBlob(fileId)
    .then((blob) => {
      const url = URL.createObjectURL(blob);
      objectUrls.add(url);
      img.src = url;
    })
    .catch((err) => {
      img.alt = `image ${fileId} (${err.message})`;
    });
  return img;
}

function fileOf(annotation) {
  if (annotation.type === "file_citation") return annotation.file_citation && annotation.file_citation.file_id;
  if (annotation.type === "file_path") return annotation.file_path && annotation.file_path.file_id;
  return null;
}

/** A text part: the value as text, each annotated span a link to its file, and a list of sources. */
export function textPart(text) {
  const value = text.value || "";
  const annotations = [...(text.annotations || [])]
    .filter((a) => Number.isInteger(a.start_index) && Number.isInteger(a.end_index))
    .sort((a, b) => a.start_index - b.start_index);
  const body = h("p", { class: "text" });
  const sources = [];
  let at = 0;
  annotations.forEach((annotation, i) => {
    if (annotation.start_index < at) return;
    body.append(value.slice(at, annotation.start_index));
    const fileId = fileOf(annotation);
    const label = annotation.type === "file_citation" ? `[${i + 1}]` : value.slice(annotation.start_index, annotation.end_index);
    body.append(fileId ? fileLink(fileId, label) : label);
    if (fileId) sources.push({ n: i + 1, fileId, type: annotation.type, marker: annotation.text });
    at = annotation.end_index;
  });
  body.append(value.slice(at));
  const list = sources.length
    ? h(
        "ol",
        { class: "sources", "aria-label": "Cited files" },
        sources.map((s) =>
          h("li", {}, `[${s.n}] ${s.type === "file_citation" ? "cites" : "file"} `, namedFileLink(s.fileId), s.marker ? ` ${s.marker}` : ""),
        ),
      )
    : null;
  return [body, list];
}

export function contentParts(content) {
  return (content || []).map((part) => {
    if (part.type === "text") return textPart(part.text || {});
    if (part.type === "image_file") return image(part.image_file.file_id);
    if (part.type === "image_url") return h("p", { class: "muted" }, `image at ${part.image_url.url}`);
    if (part.type === "refusal") return h("p", { class: "refusal" }, part.refusal);
    return h("pre", {}, JSON.stringify(part, null, 2));
  });
}

export function attachments(message) {
  const items = message.attachments || [];
  if (!items.length) return null;
  return h(
    "ul",
    { class: "attachments", "aria-label": "Attachments" },
    items.map((a) =>
      h("li", {}, "attached ", namedFileLink(a.file_id), ` for ${(a.tools || []).map((t) => t.type).join(", ") || "no tool"}`),
    ),
  );
}

/** One message as an article: who, when, status, content, attachments and its run. */
export function message(msg, threadId) {
  const runLink = msg.run_id ? h("a", { href: `#/threads/${threadId}/runs/${msg.run_id}` }, `run ${msg.run_id}`) : null;
  return h(
    "article",
    { class: `message ${msg.role}`, "data-id": msg.id, "aria-label": `${msg.role} message` },
    h("header", {}, h("strong", {}, msg.role), " ", h("small", {}, time(msg.created_at)), " ", msg.status && msg.status !== "completed" ? h("small", {}, msg.status) : null, " ", runLink),
    h("div", { class: "content" }, contentParts(msg.content)),
    attachments(msg),
  );
}
