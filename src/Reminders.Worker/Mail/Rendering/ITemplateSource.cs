namespace Reminders.Worker.Mail.Rendering;

/// <summary>Finds the Liquid text of a mail template by file name, such as <c>digest.es.html.liquid</c>.</summary>
public interface ITemplateSource
{
    /// <summary>The template's text; throws <see cref="FileNotFoundException"/> when there is no such template.</summary>
    string Read(string name);
}
