import { describe, expect, it } from "vitest";
import {
  needsRedirect,
  offsetOf,
  publishDates,
  restoredStatus,
  scheduleProblem,
  statusForIntent,
  toLocalInput,
  withOffset,
} from "./editor-rules";

const now = new Date("2026-11-22T12:00:00Z");
const past = new Date("2026-11-01T08:00:00Z");
const future = new Date("2026-12-01T09:30:00Z");
const article = (status: string, publishAt: Date | null = null, publishedAt: Date | null = null) => ({
  status,
  publishAt,
  publishedAt,
  slug: "old",
});

describe("statusForIntent", () => {
  it("keeps the status on save (a new article is a draft) and sets it for the other buttons", () => {
    expect(statusForIntent("save", null)).toBe("draft");
    expect(statusForIntent("save", "published")).toBe("published");
    expect(statusForIntent("save", "scheduled")).toBe("scheduled");
    expect(statusForIntent("publish", "draft")).toBe("published");
    expect(statusForIntent("schedule", "draft")).toBe("scheduled");
    expect(statusForIntent("unpublish", "published")).toBe("draft");
  });
});

describe("publishDates", () => {
  it("dates a first publication now and keeps the date while the article stays live", () => {
    expect(publishDates({ status: "published", publishAt: null }, article("draft"), now)).toEqual({
      publishAt: null,
      publishedAt: now,
    });
    expect(publishDates({ status: "published", publishAt: null }, article("published", null, past), now)).toEqual({
      publishAt: null,
      publishedAt: past,
    });
    // A schedule that already went live keeps the date it went live.
    expect(
      publishDates({ status: "published", publishAt: null }, article("scheduled", past, past), now).publishedAt,
    ).toEqual(past);
    // A schedule still in the future, published now instead, is dated now.
    expect(
      publishDates({ status: "published", publishAt: null }, article("scheduled", future, future), now).publishedAt,
    ).toEqual(now);
  });

  it("shows a scheduled article with its scheduled date, and a draft with none", () => {
    expect(publishDates({ status: "scheduled", publishAt: future }, null, now)).toEqual({
      publishAt: future,
      publishedAt: future,
    });
    expect(publishDates({ status: "draft", publishAt: null }, article("published", null, past), now)).toEqual({
      publishAt: null,
      publishedAt: null,
    });
  });
});

describe("scheduleProblem", () => {
  it("wants a time in the future", () => {
    expect(scheduleProblem(future, null, now)).toBeNull();
    expect(scheduleProblem(past, null, now)).toBe("Choose a time in the future");
    expect(scheduleProblem(now, null, now)).toBe("Choose a time in the future");
    expect(scheduleProblem(null, null, now)).toBe("Choose when the article goes live");
  });

  it(
    "lets a live scheduled article be edited with the time it went live by, but not moved to another " + "past time",
    () => {
      expect(scheduleProblem(past, article("scheduled", past, past), now)).toBeNull();
      expect(scheduleProblem(new Date("2026-11-02T08:00:00Z"), article("scheduled", past, past), now)).toBe(
        "Choose a time in the future",
      );
      expect(scheduleProblem(past, article("draft"), now)).toBe("Choose a time in the future");
    },
  );
});

describe("needsRedirect", () => {
  it("keeps an old slug only when people could have seen it", () => {
    expect(needsRedirect(article("published", null, past), "new", now)).toBe(true);
    expect(needsRedirect(article("scheduled", past, past), "new", now)).toBe(true);
    expect(needsRedirect(article("scheduled", future, future), "new", now)).toBe(false);
    expect(needsRedirect(article("draft"), "new", now)).toBe(false);
    expect(needsRedirect(article("published", null, past), "old", now)).toBe(false);
  });
});

describe("restoredStatus", () => {
  it("returns an article to what it was before the trash", () => {
    expect(restoredStatus("published", null, now)).toBe("published");
    expect(restoredStatus("draft", null, now)).toBe("draft");
    expect(restoredStatus("scheduled", future, now)).toBe("scheduled");
    expect(restoredStatus(null, null, now)).toBe("draft");
  });

  it("brings back a schedule that passed in the trash as a draft, not straight to live", () => {
    expect(restoredStatus("scheduled", past, now)).toBe("draft");
  });
});

describe("time-zone helpers", () => {
  it("attaches the browser's offset to a datetime-local value, and leaves explicit zones alone", () => {
    expect(withOffset("2026-12-01T09:30", "+01:00")).toBe("2026-12-01T09:30+01:00");
    expect(withOffset("2026-12-01T09:30", "-05:00")).toBe("2026-12-01T09:30-05:00");
    expect(withOffset("2026-12-01T09:30", "")).toBe("2026-12-01T09:30");
    expect(withOffset("2026-12-01T09:30", "garbage")).toBe("2026-12-01T09:30");
    expect(withOffset("2026-12-01T09:30Z", "+01:00")).toBe("2026-12-01T09:30Z");
    expect(withOffset(" ", "+01:00")).toBe("");
  });

  it("gives the local offset of a date in the zone the tests run in (America/New_York)", () => {
    expect(offsetOf(new Date("2026-01-15T12:00:00Z"))).toBe("-05:00");
    expect(offsetOf(new Date("2026-07-15T12:00:00Z"))).toBe("-04:00");
  });

  it("turns an instant into the datetime-local text of an offset", () => {
    expect(toLocalInput(future, 60)).toBe("2026-12-01T10:30");
    expect(toLocalInput(future, -300)).toBe("2026-12-01T04:30");
  });
});
