import { worldOutlines } from "@/lib/reports/world-outlines";

/** The world's country outlines that every map draws by reference (lib/reports/world-outlines.ts); public, as any image. */
export function GET() {
  return new Response(worldOutlines().svg, {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      // The maps ask for it with a version drawn from its content: a new drawing is a new address.
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
}
