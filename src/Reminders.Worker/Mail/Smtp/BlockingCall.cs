namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// A blocking call on a socket, which no cancellation token reaches: when the token fires, <c>abort</c> shuts down or
/// closes the socket under the call, which wakes it, and whatever the call then throws becomes
/// <see cref="OperationCanceledException"/> (for a session's calls, the timeout it was: docs/architecture.md).
/// </summary>
internal static class BlockingCall
{
    public static void Run(Action call, Action abort, string timedOut, CancellationToken cancellationToken) =>
        Run(
            () =>
            {
                call();
                return 0;
            },
            abort,
            timedOut,
            cancellationToken);

    /// <param name="call">The blocking call.</param>
    /// <param name="abort">Ends the call from another thread (runs at once when the token has already fired).</param>
    /// <param name="timedOut">The message of the <see cref="OperationCanceledException"/> thrown when the token ended the call.</param>
    /// <param name="cancellationToken">The call's timeout.</param>
    public static T Run<T>(Func<T> call, Action abort, string timedOut, CancellationToken cancellationToken)
    {
        try
        {
            using (cancellationToken.UnsafeRegister(static state => ((Action)state!)(), abort))
            {
                return call();
            }
        }
        catch (Exception failure) when (cancellationToken.IsCancellationRequested && failure is not OperationCanceledException)
        {
            throw new OperationCanceledException(timedOut, failure, cancellationToken);
        }
    }
}
