import { describe, expect, it } from 'vitest';
import { clientKeyFor, clientNameFor, isFreeMailDomain, nameFromDomain } from '../../lib/cases/client-key';

describe('clientKeyFor', () => {
  it('keys company senders by their domain, lower-cased', () => {
    expect(clientKeyFor('Dana.Reyes@Acme-Corp.com')).toBe('acme-corp.com');
    expect(clientKeyFor('  ops@ACME-corp.com ')).toBe('acme-corp.com');
  });

  it.each([
    'someone@gmail.com', 'someone@googlemail.com', 'someone@outlook.com', 'someone@hotmail.co.uk',
    'someone@hotmail.fr', 'someone@live.com', 'someone@msn.com', 'someone@yahoo.com', 'someone@yahoo.co.jp',
    'someone@icloud.com', 'someone@me.com', 'someone@aol.com', 'someone@proton.me', 'someone@protonmail.com',
    'someone@gmx.de', 'someone@gmx.net', 'someone@web.de', 'someone@mail.ru', 'someone@yandex.ru',
    'someone@zoho.com', 'someone@fastmail.com', 'someone@hey.com',
  ])('keys free-mail sender %s by full address', (address) => {
    expect(clientKeyFor(address.toUpperCase())).toBe(address);
  });

  it('does not mistake look-alike company domains for free mail', () => {
    expect(isFreeMailDomain('gmail.company.io')).toBe(false);
    expect(isFreeMailDomain('yahoomedia')).toBe(false);
    expect(clientKeyFor('a@livewire.io')).toBe('livewire.io');
  });

  it('falls back to the address when there is no domain', () => {
    expect(clientKeyFor('Not An Address')).toBe('not an address');
  });
});

describe('client names', () => {
  it('derives a company name from the domain', () => {
    expect(nameFromDomain('acme-corp.com')).toBe('Acme Corp');
    expect(nameFromDomain('www.blue_sky.co.uk')).toBe('Blue Sky');
    expect(nameFromDomain('mail.northwind.com.au')).toBe('Northwind');
    // Legal forms keep their own capitals, but only after the name: "ag-consulting" is not "AG Consulting".
    expect(nameFromDomain('acme-gmbh.de')).toBe('Acme GmbH');
    expect(nameFromDomain('northwind-llc.com')).toBe('Northwind LLC');
    expect(nameFromDomain('ag-consulting.ch')).toBe('Ag Consulting');
  });

  it('uses the sender name for free-mail senders', () => {
    expect(clientNameFor({ name: 'Sam Lee', address: 'sam@gmail.com' })).toBe('Sam Lee');
    expect(clientNameFor({ name: '', address: 'Sam@Gmail.com' })).toBe('sam@gmail.com');
    expect(clientNameFor({ name: 'Dana', address: 'dana@acme-corp.com' })).toBe('Acme Corp');
  });
});
