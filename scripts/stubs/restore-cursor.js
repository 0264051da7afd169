// Ink shows the cursor again on the stream it hid it on; this program writes nothing else at exit.
export default function restoreCursor() {
	// Nothing to do: see above.
}
