import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">You don&apos;t have access to this page</h1>
      <p className="mt-2 text-stone-600">This area is for SteadyBack admins only.</p>
      <Link href="/dashboard" className="btn mt-6 inline-block">
        Back to your dashboard
      </Link>
    </div>
  );
}
