import { Explorer } from "./explorer/Explorer.tsx";

export function App() {
  return <Explorer />;
}
