import { Outlet } from "react-router";
import { Chatbot } from "./Chatbot.tsx";

/** Every citizen page, with the chatbot beside it. */
export function ChatbotRamme() {
  return (
    <>
      <Chatbot />
      <Outlet />
    </>
  );
}
