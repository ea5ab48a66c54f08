// What tests/integration/fuzz-routes.test.ts needs to know about each route module under app/api:
// its dynamic segments, the query keys and body fields it reads, and who may call it. The suite finds
// the route files itself and fails for a file without an entry here: add one with every new route.
import fc from "fast-check";
import { hostileString } from "./hostile";

export type Caller = "user" | "admin";

export type RouteFuzzEntry = {
  /** The URL path for the chosen segment values (as Next would have decoded them). */
  path: (params: Record<string, string | string[]>) => string;
  /** The dynamic segments ([id], [...nextauth]) and how to choose them. */
  params?: Record<string, fc.Arbitrary<string | string[]>>;
  /** Query-string keys the handler reads. */
  query?: readonly string[];
  /** Body fields the handler reads. */
  fields?: readonly string[];
  /** Signed-in callers to try besides anonymous and a forged cookie. */
  callers: readonly Caller[];
};

/** A segment as it arrives: one of ours, or anything at all. */
const segment = (ours: fc.Arbitrary<string>) => fc.oneof(ours, hostileString);
const safe = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return "x"; // a lone surrogate: no URL can carry it, so Next never passes one on
  }
};

const BMI_FIELDS = [
  "units",
  "heightCm",
  "heightFt",
  "heightIn",
  "weightKg",
  "weightLb",
  "age",
  "ageMonths",
  "sex",
  "waistCm",
  "waistIn",
  "background",
];
const MEASUREMENT_FIELDS = [
  "measuredOn",
  "units",
  "weightKg",
  "weightLb",
  "weightSt",
  "heightCm",
  "heightFt",
  "heightIn",
  "waistCm",
  "waistIn",
  "weightKgBefore",
  "heightCmBefore",
];
const ARTICLE_FIELDS = [
  "title",
  "slug",
  "excerpt",
  "body",
  "tags",
  "status",
  "publishAt",
  "version",
  "routineSlugs",
  "coverUrl",
  "coverAlt",
];
const CHECK_IN_FIELDS = [
  "age",
  "sex",
  "heightCm",
  "weightKg",
  "painNow",
  "painWeeks",
  "afterLifting",
  "experience",
  "redFlags",
  "conditions",
];

/** Filled in by the suite once it has made its rows: ids that exist, so ownership paths are reached too. */
export const known = { measurementId: "", articleId: "" };
const knownMeasurement = fc.constant(null).map(() => known.measurementId);
const knownArticle = fc.constant(null).map(() => known.articleId);

export const ROUTE_FUZZ: Record<string, RouteFuzzEntry> = {
  "app/api/auth/[...nextauth]/route.ts": {
    path: ({ nextauth }) => `/api/auth/${(nextauth as string[]).map(safe).join("/")}`,
    params: {
      nextauth: fc.oneof(
        fc.constantFrom<string[]>(
          ["session"],
          ["csrf"],
          ["providers"],
          ["signin"],
          ["signout"],
          ["callback", "credentials"],
          ["signin", "credentials"],
          ["error"],
          ["callback", "github"],
        ),
        fc.array(hostileString, { minLength: 1, maxLength: 3 }),
      ),
    },
    query: ["callbackUrl", "error", "csrfToken"],
    fields: ["email", "password", "csrfToken", "callbackUrl", "redirect", "json"],
    callers: ["user"],
  },
  "app/api/v1/account/export/route.ts": { path: () => "/api/v1/account/export", query: ["format"], callers: ["user"] },
  "app/api/v1/admin/articles/route.ts": {
    path: () => "/api/v1/admin/articles",
    query: ["status", "q", "page"],
    fields: ARTICLE_FIELDS,
    callers: ["user", "admin"],
  },
  "app/api/v1/admin/articles/[id]/route.ts": {
    path: ({ id }) => `/api/v1/admin/articles/${safe(id as string)}`,
    params: { id: segment(knownArticle) },
    fields: ARTICLE_FIELDS,
    callers: ["user", "admin"],
  },
  "app/api/v1/articles/[id]/view/route.ts": {
    path: ({ id }) => `/api/v1/articles/${safe(id as string)}/view`,
    params: { id: segment(knownArticle) },
    callers: ["user"],
  },
  "app/api/v1/bmi/route.ts": { path: () => "/api/v1/bmi", query: BMI_FIELDS, fields: BMI_FIELDS, callers: [] },
  "app/api/v1/me/route.ts": { path: () => "/api/v1/me", callers: ["user", "admin"] },
  "app/api/v1/me/calculator-prefill/route.ts": { path: () => "/api/v1/me/calculator-prefill", callers: ["user"] },
  "app/api/v1/measurements/route.ts": {
    path: () => "/api/v1/measurements",
    query: ["from", "to", "limit", "cursor", "replace"],
    fields: MEASUREMENT_FIELDS,
    callers: ["user"],
  },
  "app/api/v1/measurements/[id]/route.ts": {
    path: ({ id }) => `/api/v1/measurements/${safe(id as string)}`,
    params: { id: segment(knownMeasurement) },
    query: ["replace"],
    fields: MEASUREMENT_FIELDS,
    callers: ["user"],
  },
  "app/api/v1/recommendations/route.ts": {
    path: () => "/api/v1/recommendations",
    fields: CHECK_IN_FIELDS,
    callers: [],
  },
};
