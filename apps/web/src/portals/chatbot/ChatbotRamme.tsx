import { Outlet } from "react-router";

/** Every citizen page, with the chatbot beside it. */
export function ChatbotRamme() {
  return <Outlet />;
}
