using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Reminders.Worker.Mail.Smtp;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.Worker.Intake;

/// <summary>
/// One run of the intake over IMAP (MailKit): logs in to <c>Mail:Intake</c>, reads the messages waiting in the inbox
/// folder, hands each to <see cref="IntakeProcessor"/> and moves it to the processed or rejected folder (created when
/// missing). A message that cannot be handled (the database is down) stays in the inbox for the next run.
/// </summary>
public sealed class IntakeMailbox(IOptions<IntakeOptions> options, IntakeProcessor processor, ILogger<IntakeMailbox> logger)
{
    private readonly Lazy<IOAuth2TokenSource?> tokens = new(() => TokenSource(options.Value));

    public async Task<IntakeRun> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = NewClient(settings);
        await ConnectAsync(client, settings, cancellationToken).ConfigureAwait(false);
        var inbox = await FolderAsync(client, settings.Inbox, create: false, cancellationToken).ConfigureAwait(false);
        var processed = await FolderAsync(client, settings.ProcessedFolder, create: true, cancellationToken).ConfigureAwait(false);
        var rejected = await FolderAsync(client, settings.RejectedFolder, create: true, cancellationToken).ConfigureAwait(false);
        await inbox.OpenAsync(FolderAccess.ReadWrite, cancellationToken).ConfigureAwait(false);
        var waiting = await inbox.SearchAsync(SearchQuery.All, cancellationToken).ConfigureAwait(false);
        int recorded = 0, refused = 0, ignored = 0;
        foreach (var uid in waiting.Take(settings.MaxMessagesPerRun))
        {
            var message = await inbox.GetMessageAsync(uid, cancellationToken).ConfigureAwait(false);
            var outcome = await processor.ProcessAsync(message, cancellationToken).ConfigureAwait(false);
            await inbox.MoveToAsync(uid, outcome == IntakeOutcome.Recorded ? processed : rejected, cancellationToken).ConfigureAwait(false);
            recorded += outcome == IntakeOutcome.Recorded ? 1 : 0;
            refused += outcome == IntakeOutcome.Rejected ? 1 : 0;
            ignored += outcome == IntakeOutcome.Ignored ? 1 : 0;
        }

        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
        var run = new IntakeRun(recorded + refused + ignored, recorded, refused, ignored);
        IntakeLog.Run(logger, run.Read, run.Recorded, run.Rejected, run.Ignored);
        return run;
    }

    /// <summary>Connects and logs in, for <c>check-config</c>; failures become <see cref="IntakeMailboxException"/>.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = NewClient(settings);
        await ConnectAsync(client, settings, cancellationToken).ConfigureAwait(false);
        await FolderAsync(client, settings.Inbox, create: false, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    private static ImapClient NewClient(IntakeOptions settings) => new()
    {
        Timeout = checked(settings.TimeoutSeconds * 1000),
        CheckCertificateRevocation = settings.CheckCertificateRevocation,
        ServerCertificateValidationCallback = ServerCertificateTrust.CallbackFor(settings.TrustedCertificatePath, settings.CheckCertificateRevocation),
    };

    private async Task ConnectAsync(ImapClient client, IntakeOptions settings, CancellationToken cancellationToken)
    {
        var target = $"{settings.Host}:{settings.Port} ({settings.Security})";
        try
        {
            var security = settings.Security switch
            {
                ImapSecurity.StartTls => SecureSocketOptions.StartTls,
                ImapSecurity.None => SecureSocketOptions.None,
                _ => SecureSocketOptions.SslOnConnect,
            };
            await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or IOException or SslHandshakeException or ImapProtocolException or TimeoutException)
        {
            throw new IntakeMailboxException(
                $"No se pudo conectar con el buzón de respuestas {target}: {e.Message}. Revise Mail:Intake:Host, Port y Security.", e);
        }

        try
        {
            if (settings.Auth == IntakeAuthMode.OAuth2)
            {
                var token = await tokens.Value!.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
                await client.AuthenticateAsync(new SaslMechanismOAuth2(settings.UserName, token), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (AuthenticationException e)
        {
            throw new IntakeMailboxException(
                $"El buzón de respuestas {target} rechazó el usuario {settings.UserName}: {e.Message}. Revise Mail:Intake:UserName y la contraseña o OAuth2.", e);
        }
    }

    private static async Task<IMailFolder> FolderAsync(ImapClient client, string name, bool create, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetFolderAsync(name.Trim(), cancellationToken).ConfigureAwait(false);
        }
        catch (FolderNotFoundException) when (create)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(name.Trim(), isMessageFolder: true, cancellationToken).ConfigureAwait(false)
                ?? throw new IntakeMailboxException($"El buzón de respuestas no pudo crear la carpeta «{name}».");
        }
        catch (FolderNotFoundException e)
        {
            throw new IntakeMailboxException($"El buzón de respuestas no tiene la carpeta «{name}» (Mail:Intake:Inbox).", e);
        }
    }

    private static IOAuth2TokenSource? TokenSource(IntakeOptions settings) =>
        settings.Auth != IntakeAuthMode.OAuth2 ? null : OAuth2TokenSources.For(settings.OAuth2, settings.UserName);
}
