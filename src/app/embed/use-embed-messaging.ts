import { useEffect } from "react";
import { heightMessage, parseHostMessage } from "./embed-messages.ts";

/** The page's content height: the body's, since the root no longer fills the viewport when embedded. */
const contentHeight = () => document.body.getBoundingClientRect().height;

/**
 * In an iframe, tells the parent the content height on load and whenever it changes, and answers the
 * parent's documented height request. The target origin is "*": the host may be any site (or an
 * opaque origin), and a height is nothing secret. Posting never fails loudly and nothing waits for a
 * reply, so the app works the same with no parent listening.
 */
export function useEmbedMessaging(enabled: boolean): void {
  useEffect(() => {
    const parent = window.parent;
    if (!enabled || parent === window) return;
    let sent = -1;
    const post = (force: boolean) => {
      const message = heightMessage(contentHeight());
      if (!force && message.height === sent) return;
      sent = message.height;
      try {
        parent.postMessage(message, "*");
      } catch {
        // A parent that is gone or refuses messages changes nothing here.
      }
    };
    // One message per frame at most, however many layout changes a render makes.
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        post(false);
      });
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(document.body);
    const onMessage = (event: MessageEvent) => {
      if (event.source !== parent || !parseHostMessage(event.data)) return;
      post(true);
    };
    window.addEventListener("message", onMessage);
    window.addEventListener("load", schedule);
    post(true);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      window.removeEventListener("message", onMessage);
      window.removeEventListener("load", schedule);
    };
  }, [enabled]);
}
