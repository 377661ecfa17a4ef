// With Stripe: the card (or bank account) goes from the browser to Stripe, which gives back a PaymentMethod id;
// only that id is posted to Recourse, which confirms the payment with Stripe's API.
(function () {
  const form = document.getElementById('pay-form');
  const mount = document.getElementById('payment-element');
  if (!form || !mount || typeof Stripe === 'undefined') { return; }
  const stripe = Stripe(mount.dataset.key);
  const elements = stripe.elements();
  const card = elements.create('card');
  card.mount(mount);
  form.addEventListener('submit', async (event) => {
    if (document.getElementById('paymentToken').value) { return; }
    event.preventDefault();
    const made = await stripe.createPaymentMethod({ type: 'card', card: card });
    if (made.error) { mount.setAttribute('aria-invalid', 'true'); alert(made.error.message); return; }
    document.getElementById('paymentToken').value = made.paymentMethod.id;
    form.submit();
  });
})();
