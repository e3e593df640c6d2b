import { describe, expect, it } from "vitest";
import { networkColleague } from "./network";
import { NETWORK_COLLEAGUE } from "./network-personas";

describe("networkColleague", () => {
  it("is the person the browser journeys sign in as", () => {
    const person = networkColleague();
    expect({ email: person.email, name: person.name }).toEqual(NETWORK_COLLEAGUE);
  });
});
