import { generateReportMetadata, levelReportPage } from "../../report-page";

export const generateMetadata = generateReportMetadata;

export default levelReportPage("edition", "editions");
