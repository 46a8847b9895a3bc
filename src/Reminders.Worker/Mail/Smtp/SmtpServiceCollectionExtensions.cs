using Reminders.Worker.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>Registers the <c>Mail</c> options (validated at start-up) and, when chosen, SMTP delivery.</summary>
public static class SmtpServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="MailOptions"/> from <c>Mail</c> with <see cref="SmtpOptionsValidator"/> and
    /// <c>ValidateOnStart</c>; when <c>Mail:Delivery</c> is <c>Smtp</c>, registers <see cref="SmtpDelivery"/> as the
    /// <see cref="IMailDelivery"/> and the OAuth2 token source it needs.
    /// </summary>
    public static IServiceCollection AddSmtpDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().BindChecked(configuration, MailOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, SmtpOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // A value that does not convert registers no SMTP delivery: the binding validation stops the start with the key.
        var mail = CheckedBinding.TryGet<MailOptions>(configuration, MailOptions.Section);
        if (mail is null || mail.Delivery != MailDeliveryKind.Smtp)
        {
            return services;
        }

        if (mail.Smtp.EffectiveAuth == SmtpAuthMode.OAuth2)
        {
            services.TryAddSingleton<IOAuth2TokenSource>(provider =>
            {
                var oauth = provider.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.OAuth2;
                return oauth.Provider == OAuth2Provider.Google
                    ? new GoogleTokenSource(oauth, provider.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.UserName)
                    : new MicrosoftTokenSource(oauth);
            });
        }

        services.TryAddSingleton<IMailDelivery, SmtpDelivery>();
        return services;
    }
}
