/** Whether `origin` answers its home page within ten seconds: a server just started is ready. */
export async function waitForOrigin(origin: string): Promise<boolean> {
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			if ((await fetch(origin)).ok) return true;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return false;
}
