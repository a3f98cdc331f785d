/**
 * The messages an embedded Parallax exchanges with the page around it (README, Embedding). Version 1:
 *
 *   iframe -> host  { type: "parallax:height", version: 1, height: <CSS pixels, integer> }
 *   host -> iframe  { type: "parallax:get-height", version: 1 }   (answered with a height message)
 *
 * The host may be any site, so what it sends is untrusted: only an object of exactly that shape is
 * accepted, and the only thing it can cause is a height message back. Nothing is evaluated or
 * navigated to, and nothing in the app waits for the host.
 */
export const MESSAGE_VERSION = 1;

export type HeightMessage = { type: "parallax:height"; version: typeof MESSAGE_VERSION; height: number };
export type HostMessage = { type: "parallax:get-height"; version: typeof MESSAGE_VERSION };

const hostMessageTypes: readonly string[] = ["parallax:get-height"];

export function heightMessage(height: number): HeightMessage {
  return { type: "parallax:height", version: MESSAGE_VERSION, height: Math.max(0, Math.ceil(height)) };
}

/**
 * A message from the host, or null for anything else: it must be a plain object (as structured
 * clone delivers one) with exactly the keys `type` and `version`, a known type and version 1.
 */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const proto = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return null;
  const keys = Object.keys(data);
  if (keys.length !== 2 || !keys.includes("type") || !keys.includes("version")) return null;
  const { type, version } = data as Record<string, unknown>;
  if (version !== MESSAGE_VERSION || typeof type !== "string" || !hostMessageTypes.includes(type))
    return null;
  return { type: type as HostMessage["type"], version: MESSAGE_VERSION };
}
