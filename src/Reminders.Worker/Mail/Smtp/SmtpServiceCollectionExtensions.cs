using Reminders.Worker.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>Registers the <c>Mail</c> options (validated at start-up) and SMTP delivery.</summary>
public static class SmtpServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="MailOptions"/> from <c>Mail</c> with <see cref="SmtpOptionsValidator"/> and <c>ValidateOnStart</c>,
    /// and registers <see cref="SmtpDelivery"/> with the OAuth2 token source its options ask for and the registered
    /// <see cref="ISendRateLimiter"/> (this process's own limit when none is). Nothing is read from the
    /// configuration here: which delivery serves as <see cref="IMailDelivery"/> is the composition root's choice, made
    /// from the validated options when it is first asked for.
    /// </summary>
    public static IServiceCollection AddSmtpDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().BindChecked(configuration, MailOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, SmtpOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, ReplyOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<MailOptions>>();
            return new SmtpDelivery(
                options, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<SmtpDelivery>>(), TokenSource(options.Value),
                provider.GetService<ISendRateLimiter>());
        });
        return services;
    }

    /// <summary>The OAuth2 token source <c>Mail:Smtp</c> asks for; null for a password or no authentication.</summary>
    public static IOAuth2TokenSource? TokenSource(MailOptions mail)
    {
        if (mail.Smtp.EffectiveAuth != SmtpAuthMode.OAuth2)
        {
            return null;
        }

        return OAuth2TokenSources.For(mail.Smtp.OAuth2, mail.Smtp.UserName);
    }
}
