// The empty calculator, the same for every visitor: prerendered. A submitted form (/bmi?heightCm=…)
// is rewritten by next.config.js to ./result, which renders the same page for that query (ADR 0023).
import CalculatorPage, { generateMetadata as metadataFor } from "./calculator-page";

const EMPTY = { searchParams: Promise.resolve({}) };

export function generateMetadata() {
  return metadataFor(EMPTY);
}

export default function EmptyCalculatorPage() {
  return <CalculatorPage {...EMPTY} />;
}
