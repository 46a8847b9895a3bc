using System.Net;
using System.Text;
using MimeKit.Text;

namespace Reminders.Worker.Intake;

/// <summary>
/// The text of an HTML-only reply, for <see cref="ReplyBody"/>: line breaks at block elements, link targets kept, and
/// the quoted message left out (<c>&lt;blockquote&gt;</c>, Gmail's <c>gmail_quote</c>, Outlook's <c>divRplyFwdMsg</c>
/// and everything after it).
/// </summary>
internal static class HtmlReplyText
{
    private static readonly HashSet<HtmlTagId> Breaks = [HtmlTagId.Br, HtmlTagId.P, HtmlTagId.Div, HtmlTagId.TR, HtmlTagId.LI, HtmlTagId.H1, HtmlTagId.H2, HtmlTagId.H3];

    public static string Convert(string html)
    {
        var text = new StringBuilder();
        var tokenizer = new HtmlTokenizer(new StringReader(html));
        var skipped = 0;
        while (tokenizer.ReadNextToken(out var token))
        {
            if (token is HtmlTagToken tag)
            {
                if (tag.Id is HtmlTagId.BlockQuote or HtmlTagId.Style or HtmlTagId.Script or HtmlTagId.Head && !tag.IsEmptyElement)
                {
                    skipped += tag.IsEndTag ? -1 : 1;
                    skipped = Math.Max(skipped, 0);
                    continue;
                }

                if (!tag.IsEndTag && IsQuoteStart(tag))
                {
                    break;
                }

                if (Breaks.Contains(tag.Id))
                {
                    text.Append('\n');
                }

                if (skipped == 0 && !tag.IsEndTag && tag.Id == HtmlTagId.A
                    && tag.Attributes.FirstOrDefault(a => a.Id == HtmlAttributeId.Href)?.Value is { } href
                    && href.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                {
                    text.Append(' ').Append(href).Append(' ');
                }
            }
            else if (token is HtmlDataToken data && skipped == 0)
            {
                text.Append(WebUtility.HtmlDecode(data.Data));
            }
        }

        return text.ToString();
    }

    private static bool IsQuoteStart(HtmlTagToken tag) => tag.Attributes.Any(a =>
        (a.Id == HtmlAttributeId.Class && (a.Value ?? "").Contains("gmail_quote", StringComparison.OrdinalIgnoreCase))
        || (a.Id == HtmlAttributeId.Id && (a.Value ?? "").StartsWith("divRplyFwdMsg", StringComparison.OrdinalIgnoreCase)));
}
