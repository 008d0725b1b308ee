import type { Sider } from "../../ui/sider.ts";
import { ChatbotAdmin } from "./ChatbotAdmin.tsx";

/** The chatbot's pages: the administrator's knowledge base (the chatbot itself is in ChatbotRamme on every citizen page). */
export const chatbotSider: Sider = {
  admin: [{ path: "/admin/chatbot", element: <ChatbotAdmin /> }],
};
