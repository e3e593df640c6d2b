import type { Metadata } from "next";
import { levelReportPage } from "../../report-page";

export const metadata: Metadata = { title: "Reports" };

export default levelReportPage("call", "calls");
