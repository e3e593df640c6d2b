import { PageSkeleton } from "@/components/selection/page-skeleton";

export default function Loading() {
  return <PageSkeleton />;
}
