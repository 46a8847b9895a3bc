namespace Reminders.Worker.Mail.Smtp;

/// <summary>The server refused every recipient of a message, so nothing was sent.</summary>
public sealed class AllRecipientsRefusedException : Exception
{
    public AllRecipientsRefusedException()
        : this([])
    {
    }

    public AllRecipientsRefusedException(string message)
        : base(message)
    {
        Refused = [];
    }

    public AllRecipientsRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Refused = [];
    }

    public AllRecipientsRefusedException(IReadOnlyList<RefusedRecipient> refused)
        : base("El servidor rechazó todos los destinatarios: "
            + string.Join("; ", refused.Select(r => $"{r.Address}: {r.Reply}")))
    {
        Refused = refused;
    }

    public IReadOnlyList<RefusedRecipient> Refused { get; }

    /// <summary>True when every refusal was a 5xx, so retrying cannot help.</summary>
    public bool IsPermanent => Refused.Count > 0 && Refused.All(r => r.Reply.StartsWith('5'));
}
