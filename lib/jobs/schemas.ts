import { z } from "zod";

export const retryJobSchema = z.object({ jobId: z.uuid({ error: "Unknown job." }) });
