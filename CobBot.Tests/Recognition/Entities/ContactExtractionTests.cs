namespace CobBot.Tests.Recognition.Entities;

public class ContactExtractionTests
{
    [Theory]
    [InlineData("reach me at jane.doe@example.com thanks", "jane.doe@example.com")]
    [InlineData("Email: Billing.Office+cob@sunrise-pt.co.uk.", "Billing.Office+cob@sunrise-pt.co.uk")]
    public void Finds_email_addresses(string text, string expected)
    {
        Assert.Equal(expected, ExtractorFixture.Extract(text).Email);
    }

    [Theory]
    [InlineData("(929) 229-7209", "+19292297209")]
    [InlineData("call me on 929-229-7209", "+19292297209")]
    [InlineData("929.229.7209", "+19292297209")]
    [InlineData("+1 929 229 7209", "+19292297209")]
    [InlineData("my cell is 9292297209 after 5", "+19292297209")]
    [InlineData("my number is 212 555 0147", "+12125550147")]
    public void Normalises_phone_numbers_to_E164(string text, string expected)
    {
        Assert.Equal(expected, ExtractorFixture.Extract(text).Phone);
    }

    [Theory]
    [InlineData("12/3 at 3")]
    [InlineData("2026-12-03")]
    [InlineData("we have 12 clinics and 40 staff")]
    [InlineData("my code is COB-7K3M9Q")]
    public void Does_not_read_other_numbers_as_phones(string text)
    {
        Assert.Null(ExtractorFixture.Extract(text).Phone);
    }

    [Theory]
    [InlineData("my confirmation is COB-7K3M9Q", "COB-7K3M9Q")]
    [InlineData("cob-7k3m9q", "COB-7K3M9Q")]
    [InlineData("code cob7k3m9q please", "COB-7K3M9Q")]
    [InlineData("COB-ABCDEF.", "COB-ABCDEF")]
    public void Normalises_confirmation_codes(string text, string expected)
    {
        Assert.Equal(expected, ExtractorFixture.Extract(text).ConfirmationCode);
    }

    [Theory]
    [InlineData("COB-7K3M9O")]
    [InlineData("COB-7K3M91")]
    [InlineData("COB-7K3M9")]
    [InlineData("COB-7K3M9QX")]
    [InlineData("cob company")]
    public void Rejects_malformed_confirmation_codes(string text)
    {
        Assert.Null(ExtractorFixture.Extract(text).ConfirmationCode);
    }
}
