// CobBot agent console. Everything from the server (customer text above all) is written with textContent:
// this file never uses innerHTML, insertAdjacentHTML or document.write.
"use strict";

const state = { token: null, user: null, isAdmin: false, feed: null, selectedId: null, escalations: new Map(), unread: new Set() };
const $ = (id) => document.getElementById(id);
const RECONNECT_MS = 2000;

class ApiError extends Error {
  constructor(status, title) { super(title); this.status = status; }
}

async function api(method, path, body) {
  const headers = { Accept: "application/json" };
  if (state.token) headers.Authorization = `Bearer ${state.token}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401 && state.token) { signOut("Your session has ended. Please sign in again."); }
  if (!response.ok) {
    let title = `Request failed (${response.status}).`;
    try { const problem = await response.json(); title = problem.detail || problem.title || title; } catch { /* not JSON */ }
    throw new ApiError(response.status, title);
  }
  return response.status === 204 ? null : response.json();
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function showError(id, error) { $(id).textContent = error ? error.message || String(error) : ""; }

// ---- sign in / out ------------------------------------------------------------------------------
async function signIn(event) {
  event.preventDefault();
  showError("login-error", null);
  try {
    const result = await api("POST", "/api/admin/login", { username: $("username").value, password: $("password").value });
    const roles = result.roles || [];
    if (!roles.includes("agent") && !roles.includes("admin")) throw new Error("This console is for agents.");
    state.token = result.access_token;
    state.user = $("username").value;
    state.isAdmin = roles.includes("admin");
    $("password").value = "";
    $("who").textContent = `Signed in as ${state.user}`;
    $("login-view").hidden = true;
    $("desk-view").hidden = false;
    $("logout").hidden = false;
    connectFeed();
    await loadQueue();
  } catch (error) {
    showError("login-error", error);
  }
}

function signOut(message) {
  state.token = null;
  if (state.feed) { state.feed.close(); state.feed = null; }
  state.selectedId = null;
  state.escalations.clear();
  state.unread.clear();
  $("queue").replaceChildren();
  $("transcript").replaceChildren();
  $("conversation-detail").hidden = true;
  $("no-selection").hidden = false;
  $("desk-view").hidden = true;
  $("login-view").hidden = false;
  $("logout").hidden = true;
  $("who").textContent = "";
  $("feed-status").dataset.state = "off";
  $("login-error").textContent = message || "";
}

// ---- live feed (Server-Sent Events; EventSource cannot send headers, so a single-use ticket) ------
async function connectFeed() {
  if (!state.token) return;
  try {
    const { ticket } = await api("POST", "/api/admin/escalations/stream-ticket");
    const feed = new EventSource(`/api/admin/escalations/stream?ticket=${encodeURIComponent(ticket)}`);
    state.feed = feed;
    feed.addEventListener("ready", () => { $("feed-status").dataset.state = "live"; loadQueue(); });
    feed.addEventListener("queue", () => loadQueue());
    feed.addEventListener("message", (event) => onMessageEvent(JSON.parse(event.data)));
    feed.onerror = () => { feed.close(); if (state.feed === feed) scheduleReconnect(); };
  } catch {
    scheduleReconnect();
  }
}

function scheduleReconnect() {
  state.feed = null;
  if (!state.token) return;
  $("feed-status").dataset.state = "reconnecting";
  setTimeout(connectFeed, RECONNECT_MS);
}

function onMessageEvent(data) {
  if (data.escalationId === state.selectedId) { loadTranscript(); return; }
  state.unread.add(data.escalationId);
  renderQueue();
}

// ---- queue ----------------------------------------------------------------------------------------
async function loadQueue() {
  try {
    const escalations = await api("GET", "/api/admin/escalations");
    state.escalations = new Map(escalations.map((e) => [e.id, e]));
    renderQueue();
    if (state.selectedId !== null) renderDetail();
  } catch (error) {
    showError("desk-error", error);
  }
}

function renderQueue() {
  const items = [...state.escalations.values()].map((e) => {
    const item = el("li");
    item.dataset.id = String(e.id);
    item.dataset.status = e.status;
    item.setAttribute("aria-selected", String(e.id === state.selectedId));
    if (state.unread.has(e.id)) item.classList.add("unread");
    const where = e.status === "Queued" ? `#${e.queuePosition} in queue` : `with ${e.assignedAgent}`;
    item.append(
      el("div", "queue-title", `${e.topic || e.reason} · ${e.channel}`),
      el("div", `priority-${e.priority}`, `${e.priority} · ${where}`),
      el("div", "queue-summary", e.summary));
    item.addEventListener("click", () => select(e.id));
    return item;
  });
  $("queue").replaceChildren(...items);
  $("queue-empty").hidden = items.length > 0;
}

// ---- conversation -------------------------------------------------------------------------------
async function select(id) {
  state.selectedId = id;
  state.unread.delete(id);
  showError("desk-error", null);
  renderQueue();
  renderDetail();
  await loadTranscript();
}

function renderDetail() {
  const e = state.escalations.get(state.selectedId);
  $("no-selection").hidden = Boolean(e);
  $("conversation-detail").hidden = !e;
  if (!e) { state.selectedId = null; $("transcript").replaceChildren(); return; }
  const mine = e.status === "Assigned" && e.assignedAgent === state.user;
  $("conversation-title").textContent = `Escalation #${e.id}: ${e.topic || e.reason}`;
  $("conversation-summary").textContent = e.summary;
  $("conversation-status").textContent = e.status === "Queued" ? `Waiting (#${e.queuePosition})` : `Claimed by ${e.assignedAgent}`;
  $("claim").hidden = e.status !== "Queued";
  $("resolve").disabled = !(mine || state.isAdmin);
  $("reply-text").disabled = !mine;
  $("send").disabled = !mine;
}

async function loadTranscript() {
  const e = state.escalations.get(state.selectedId);
  if (!e) return;
  try {
    const messages = await api("GET", `/api/admin/conversations/${encodeURIComponent(e.conversationId)}/transcript`);
    if (state.selectedId !== e.id) return;
    $("transcript").replaceChildren(...messages.map((m) => {
      const item = el("li", m.role);
      const author = m.role === "Agent" ? m.agentName : m.role;
      item.append(el("span", "author", author), el("span", "text", m.text));
      return item;
    }));
    $("transcript").scrollTop = $("transcript").scrollHeight;
  } catch (error) {
    showError("desk-error", error);
  }
}

async function act(path, body) {
  const id = state.selectedId;
  if (id === null) return false;
  showError("desk-error", null);
  try {
    await api("POST", `/api/admin/escalations/${id}/${path}`, body);
    return true;
  } catch (error) {
    showError("desk-error", error);
    return false;
  }
}

async function claim() {
  await act("claim");
  await loadQueue();
  await loadTranscript();
}

async function sendReply(event) {
  event.preventDefault();
  const text = $("reply-text").value.trim();
  if (!text) return;
  if (await act("messages", { text })) {
    $("reply-text").value = "";
    await loadTranscript();
  }
}

async function resolve() {
  if (await act("resolve")) await loadQueue();
}

document.addEventListener("DOMContentLoaded", () => {
  $("login-form").addEventListener("submit", signIn);
  $("logout").addEventListener("click", () => signOut(""));
  $("claim").addEventListener("click", claim);
  $("resolve").addEventListener("click", resolve);
  $("reply-form").addEventListener("submit", sendReply);
});
