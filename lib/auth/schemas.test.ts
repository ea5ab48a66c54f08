import { describe, expect, it } from "vitest";
import { signUpSchema } from "./schemas";

const base = { email: "new@example.com", password: "a-long-enough-password" };

describe("signUpSchema", () => {
  it("refuses control characters (NUL, newlines) in the name, which PostgreSQL cannot store", () => {
    for (const name of ["Ann\u0000", "Ann\nLee", "Ann\rLee", "\u001b[31mAnn"]) {
      const result = signUpSchema.safeParse({ ...base, name });
      expect(result.success, JSON.stringify(name)).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ["name"],
        message: "Name can't contain control characters",
      });
    }
    expect(signUpSchema.parse({ ...base, name: " Zoë 李 " }).name).toBe("Zoë 李");
  });

  it("refuses NUL in the email", () => {
    expect(signUpSchema.safeParse({ ...base, email: "new\u0000@example.com" }).success).toBe(false);
  });
});
