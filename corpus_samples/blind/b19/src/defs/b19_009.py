CHART_ID = "b19-009"
DOS = "2026-02-20"
PAYER = {"profile": "medicaid", "name": "Superior HealthPlan STAR (Texas Medicaid)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 450, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = r"""
LONE STAR SPECIALTY PHARMACY -- REFILL ASSESSMENT / CLINICAL OUTREACH
Call date: 02/16/2026 11:05 CT     Spoke with: patient (name + DOB verified)
Patient: PRITCHETT, YOLANDA S    DOB 04/27/1985    Medicaid ID 528813390    Plan: Superior STAR
Rx# 4418203   ARALAST NP 500 MG vial (alpha1-proteinase inhibitor, human)
Sig: infuse 4,500 mg IV once weekly at infusion center (60 mg/kg; order dated 03/12/2024, when the
     patient weighed 75.0 kg)
Doses per week: 1     Vials per dose: 9 x 500 mg     Dispense: 9 vials weekly (white bag to clinic)
Dx on Rx: E88.01 AATD, PI*ZZ; J43.9 emphysema. Baseline AAT 29 mg/dL (08/2023)
PA# 2026-STP-0099814   approved 01/05/2026 - 01/04/2027 (52 weekly doses)

ADHERENCE
- Doses missed in last 30 days: 1 (02/06, stomach virus -- skipped, not rescheduled)
- Side effects: "tired after"; mild headache once
- New meds: none.  ED visit 02/04 for vomiting, not admitted.
- Pt reports weight 128 lb on her home scale (02/14); "I've lost a lot since last year."
  -> forwarded to prescriber and infusion RN for dosing-weight review; no new order received as of today
- Smoking: never
SHIPMENT
- Ship 02/18/2026 to Westside Infusion Center (attn: infusion pharmacy) for 02/20 appointment
Pharmacist: Thu-Trang Le, PharmD

DELIVERY CONFIRMATION -- CLINIC (WHITE BAG)
Shipped 02/18/2026   Courier: MedSpeed route 14
Delivered 02/19/2026 08:12   Received by: R. Gonzaga (infusion pharmacy technician)
Item                       Qty   Lot          Exp
ARALAST NP 500 MG KIT      9     LA26B0412    01/31/2027
Temperature log: 2-8 C, no excursion    Label: PRITCHETT Y / Rx# 4418203
Discrepancy at receipt: none noted
"""

D2 = r"""
WESTSIDE INFUSION CENTER -- WHITE-BAG RECEIPT & ADMINISTRATION RECORD
Date: 02/20/2026    Patient: Pritchett, Yolanda S    DOB 04/27/1985    Chair 4
Specialty pharmacy: Lone Star SP, Rx# 4418203; bag received 02/19/2026 08:12, stored 2-8 C (fridge 2)
Product check at chair (RN + second RN):
  Packing slip: ARALAST NP 500 mg x9, lot LA26B0412 exp 01/31/2027
  Vials in bag: 6 x LA26B0412 (exp 01/31/2027) + 3 x LA25L1187 (exp 09/30/2026) -- does not match slip
  Called Lone Star SP 09:40 (T. Le, PharmD): 3 vials substituted from the prior lot at packing, slip
  not updated; both lots in date; OK to use.
Weight: 57.8 kg (127.4 lb), standing scale, 09:31
  Order: 4,500 mg, written on 75.0 kg (03/2024). Today 57.8 kg -> 60 mg/kg would be 3,468 mg.
  Paged Dr. Abernathy-Soto 09:45 re dose vs current weight. Per Dr. (verbal, 09:58): "give 4,500 mg as
  ordered today; I will address a new order at the April visit."
Reconstitution: 9 vials, 25 mL SWFI each, 09:50-10:10; pooled 225 mL
Aralast NP 4,500 mg IV given (225 mL), all 9 vials entire contents, no waste -> JZ
Start 10:22    Stop 11:14    Rate 4.5 mL/min (max 0.08 mL/kg/min = 4.6 mL/min at 57.8 kg)
Vitals: 09:33 BP 108/66 HR 88 SpO2 95% | 10:45 BP 110/68 HR 84 | 11:20 BP 112/70 HR 82 SpO2 96%
Premeds: none.    Reaction: none.
PIV 22 g L hand 10:14, removed 11:22
Discharged 11:30 with after-visit summary.    Next appointment 02/27/2026 10:00
RN: Marisol Quintanilla-Reyes, RN     Product check co-sign: B. Ostrowski, RN
"""

D3 = r"""
# Your Visit Summary
**Date:** Friday, February 20, 2026
**Where:** Westside Infusion Center, Chair 4
**Care team:** Marisol Quintanilla-Reyes, RN; Lucia Abernathy-Soto, MD (Pulmonology)

## Why you came in
- Your weekly infusion of **Aralast NP** for alpha-1 antitrypsin deficiency (alpha-1)

## **Medications given today**
- Aralast NP 4,500 mg IV (into a vein), over about 50 minutes
- No pre-medicines were needed today

## Your numbers today
- Weight: 127.4 lb (57.8 kg)
- Blood pressure: 108/66, then 112/70 before you left
- Oxygen level: 95-96%

## What's next
- Your next infusion is **Friday, February 27 at 10:00 AM**.
- Dr. Abernathy-Soto will review your dose because your weight has gone down. Your dose may change
  at your **April 14** visit.
- At that visit we will also check how well the treatment is working (breathing test and questions
  about flare-ups).

## Things to watch for
- Call us at 210-555-0147 if you get hives, swelling of your lips or face, or trouble breathing.
- Feeling tired or a mild headache the day after an infusion can happen.

## About alpha-1 (for you and your family)
- Alpha-1 is passed down in families. Your brothers, sisters and children can get a simple blood test.
- People with alpha-1 who smoke get emphysema much sooner. You told us you have never smoked -- great!
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-02-16", "text": D1},
    {"id": "d2", "type": "infusion_record", "date": "2026-02-20", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-02-20", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d1", "E88.01 AATD")},
    {"kind": "genotype", "alleles": ["Z", "Z"], "ev": ("d1", "E88.01 AATD, PI*ZZ")},
    {"kind": "serum_aat", "value": 29, "unit": "mg/dL", "ev": ("d1", "Baseline AAT 29 mg/dL (08/2023)")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d1", "J43.9 emphysema")},
    {"kind": "weight", "value": 57.8, "unit": "kg", "value_kg": 57.8, "ev": ("d2", "Weight: 57.8 kg (127.4 lb)")},
    {"kind": "weight", "value": 75.0, "unit": "kg", "value_kg": 75.0, "ev": ("d1", "when the\n     patient weighed 75.0 kg")},
    {"kind": "weight", "value": 128, "unit": "lb", "value_kg": 58.1, "ev": ("d1", "weight 128 lb on her home scale (02/14)")},
    {"kind": "dose", "value": 4500, "ev": ("d2", "Aralast NP 4,500 mg IV given (225 mL)")},
    {"kind": "wastage", "value": 0, "ev": ("d2", "all 9 vials entire contents, no waste")},
    {"kind": "lot_number", "value": "LA26B0412", "ev": ("d2", "6 x LA26B0412 (exp 01/31/2027)")},
    {"kind": "lot_number", "value": "LA25L1187", "ev": ("d2", "3 x LA25L1187 (exp 09/30/2026)")},
    {"kind": "expiration_date", "value": "2027-01-31", "ev": ("d2", "(exp 01/31/2027)")},
    {"kind": "expiration_date", "value": "2026-09-30", "ev": ("d2", "(exp 09/30/2026)")},
    {"kind": "infusion_start", "value": "10:22", "ev": ("d2", "Start 10:22")},
    {"kind": "infusion_end", "value": "11:14", "ev": ("d2", "Stop 11:14")},
    {"kind": "prior_authorization", "value": "2026-STP-0099814", "ev": ("d1", "PA# 2026-STP-0099814")},
    {"kind": "smoking_status", "value": "never", "ev": ("d1", "Smoking: never")},
    {"kind": "drug_product", "value": "Aralast NP", "ev": ("d2", "Aralast NP 4,500 mg IV given")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "conflict",
    "units_match_dose": "met", "wastage_documented": "met", "lot_number": "met", "expiration_date": "met",
    "infusion_times": "met", "response_to_therapy": "missing", "prior_authorization": "met",
    "code_selection": "met", "smoking_status": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 57.8, "unit": "kg", "value_kg": 57.8},
    "dose_mg": 4500, "target_mg_per_kg": 60, "target_mg": 3468.0, "pct_diff": 29.76, "within_10pct": False,
    "claim_lines": [{"hcpcs": "J0256", "modifiers": ["JZ"], "units_billed": 450, "bu_mg": 10, "expected_units": 450}],
    "waste_mg": 0, "jw_units_expected": None,
    "lots": [{"lot": "LA26B0412", "exp": "2027-01-31", "exp_not_before_dos": True},
             {"lot": "LA25L1187", "exp": "2026-09-30", "exp_not_before_dos": True}],
    "dos_products": ["Aralast NP"],
}

NOTES = ("Gaps: dose_matches_weight conflict (4,500 mg at 57.8 kg = 77.9 mg/kg, +29.8 % over 3,468 mg; order "
         "still on the 2024 weight of 75.0 kg); response_to_therapy missing (no progress note at all; the AVS "
         "only plans to 'check how well the treatment is working' in April). Traps: 3,468 mg is the nurse's "
         "calculation, not the dose; 128 lb (02/14) and 75.0 kg (03/2024) are historical weights; slip shows "
         "lot LA26B0412 x9 but 3 vials are LA25L1187 (confirmed substitution); missed dose 02/06; ED visit; "
         "'over about 50 minutes'; page/verbal-order/recon/PIV/vitals/discharge times; PA quota 52 doses.")

META = {
    "style": "(7)+(6) specialty-pharmacy refill/adherence outreach with white-bag delivery confirmation + infusion nurse's white-bag receipt and administration record (slip vs vials) + patient-portal visit summary in markdown headings/bullets (Aralast NP, J0256 JZ)",
    "gaps": "dose_matches_weight conflict (+29.8 %); response_to_therapy missing (no progress note)",
    "traps": "3,468 mg calculation; 75.0 kg (2024) and 128 lb (02/14) historical weights; slip lot vs substituted lot; missed dose; '~50 minutes' duration; page 09:45 / verbal order 09:58 / recon / PIV / vitals / discharge times; plan to assess response",
}
