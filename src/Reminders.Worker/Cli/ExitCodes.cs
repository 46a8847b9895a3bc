namespace Reminders.Worker.Cli;

/// <summary>The documented exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A runtime failure: database down, SMTP refused, an unexpected error.</summary>
    public const int Failure = 1;

    /// <summary>Bad input or usage: unreadable plan file, invalid address, unknown option, invalid configuration.</summary>
    public const int BadInput = 2;
}
