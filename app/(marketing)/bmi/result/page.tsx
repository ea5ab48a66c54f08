// /bmi with the calculator's query (a submitted form), rewritten here by next.config.js so that the
// plain /bmi can be prerendered; rendered per request. The address the visitor sees stays /bmi?….
export { default, generateMetadata } from "../calculator-page";
