CHART_ID = "b19-005"
DOS = "2026-02-24"
PAYER = {"profile": "commercial", "name": "Aetna Choice POS II"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 354, "modifiers": []},
    {"hcpcs": "J0256", "units": 46, "modifiers": ["JW"]},
    {"hcpcs": "S9346", "units": 1, "modifiers": []},
    {"hcpcs": "99601", "units": 1, "modifiers": []},
]

D1 = r"""
ALTAVIA SPECIALTY PHARMACY -- REFILL ASSESSMENT (CLINICAL CALL)
Call date/time: 02/19/2026 14:32 ET    Outbound    Duration: 9 min
Patient: STRAND, ABIGAIL K    DOB 09/30/1972    Rx# 7730915-02
Spoke with: patient (2 identifiers verified: name + DOB)
Therapy: PROLASTIN-C (alpha1-proteinase inhibitor, human) 1,000 mg single-dose vial, lyophilized
Sig: Infuse 60 mg/kg (3,540 mg) IV once weekly via home health nursing
Doses per week: 1        Days supply this fill: 14 (2 doses)
Prescriber: Samuel Okonkwo-Reyes, MD (Pulmonology)
Dx on Rx: E88.01 AATD (PI*Z/null); J43.1 panlobular emphysema

ADHERENCE / UTILIZATION
  Last infusion: 02/17/2026 (nurse visit)       Missed doses since last fill: 0
  Vials needed per dose: 4      Vials per 14 days: 8
  Shipped 02/06: 8 vials. On hand before that fill: 1. Used since (02/10, 02/17): 8 -> on hand now: 1
  On-hand vial (patient read label): lot 26J3308, exp 09/30/2026 (from 01/23 shipment) -- OK to use first
  -> ship 7 vials to cover 02/24 and 03/03 (7 + 1 on hand = 8)
CLINICAL
  New medications? No.   Antibiotics/steroids since last call? No.   ED/hospital? No.
  Side effects: none; one mild headache after the 02/10 infusion, resolved with acetaminophen
  Smoking: never smoker (re-verified)
  Weight per patient, home scale 02/16: 131 lb
  Reactions with infusions: none
BENEFITS / FINANCIAL
  Plan: Aetna Choice POS II    Copay assistance: active    Patient cost this fill: $0
  Benefits verification ref#: BV-0219-55102 (Aetna rep "Tanya", 02/19/2026 14:10)
  PA: rep states "on file, approved through 06/30/2026" -- authorization number not given;
      approval letter requested by fax.  ** PA # not yet in profile **
DELIVERY
  Ship date: 02/20/2026, FedEx Priority Overnight; store at room temperature (do not freeze)
  Deliver to: home address on file, signature required
  Supplies: NS 250 mL x2, NS flush 10 mL x10, filter needles, tubing
  Anaphylaxis kit: on hand, epinephrine exp 07/2026 (checked)
Pharmacist: Lena Margolis, PharmD    02/19/2026 14:45
"""

D2 = r"""
ALTAVIA SPECIALTY PHARMACY                     PACKING SLIP / DELIVERY CONFIRMATION
Order # SO-2026-0220-4471     Ship date 02/20/2026     FedEx 7791 4402 8815
Ship to: Abigail K Strand, 88 Fenwick Ln, Naperville IL 60540
Rx#         Item                                  NDC             Qty  Lot       Exp
7730915-02  PROLASTIN-C 1000 MG SDV KIT w/ SWFI   13533-0700-20   7    27H4512   08/31/2027
7731002-01  SODIUM CHLORIDE 0.9% 250 ML           0338-0049-02    2    J5K003    11/30/2027
7731002-02  NS FLUSH SYRINGE 10 ML                8290-306547     10   5311882   04/30/2028
7731002-03  DIPHENHYDRAMINE 50 MG/ML 1 ML VIAL    0641-0376-21    1    N221447   03/31/2027
Packed by: JR     Checked by: L. Margolis, PharmD

DELIVERY CONFIRMATION
Delivered 02/21/2026 10:14 AM    Signed: A STRAND
Patient call-back 02/21/2026 11:02: contents checked, 7 vials Prolastin-C received, stored in hall
closet at room temperature. Patient confirms 1 vial still on hand from the January box.
"""

D3 = r"""
ALTAVIA HOME INFUSION NURSING -- SKILLED NURSING VISIT NOTE (A1PI)
Visit date: 02/24/2026    Time in: 0915    Time out: 1105
Patient: Strand, Abigail K    DOB 09/30/1972
Diagnosis:  [x] E88.01 Alpha-1 antitrypsin deficiency   [x] J43.1 Panlobular emphysema   [ ] J44.9 COPD
Genotype (referral packet):  [ ] ZZ   [ ] SZ   [x] Other: PI*Z/null (Z + QOclayton)
Baseline AAT: 6.1 umol/L (2020)
Latest FEV1: 58 % predicted (PFT 11/2025)
Smoking:  [x] Never   [ ] Former   [ ] Current

ASSESSMENT
Resp:  [x] Dyspnea on exertion (baseline)   [ ] Wheeze   [ ] Productive cough   [ ] O2 use
Lungs: diminished bases bilaterally, no crackles
Vitals: 0921 BP 112/70 HR 84 RR 18 SpO2 95% RA T 98.2 F | 1040 BP 110/68 HR 80 SpO2 96%
IV access: [x] PIV 24 g L hand 0934 (1 attempt)   [ ] Port   [ ] PICC

ADMINISTRATION
Weight: 59.0 kg   [x] Measured (home scale)   [ ] Stated
Dose ordered: 60 mg/kg = 3,540 mg
Product:  [x] Prolastin-C (lyophilized)   [ ] Prolastin-C Liquid   [ ] Other ______
Vials reconstituted: 4 x 1,000 mg (3 from 02/20 shipment + 1 carried over)   Recon 0938-0949
Vial lot/exp (from vial labels):
   Lot 27H4512   Exp 08/31/2027   x3
   Lot 26J3308   Exp 09/30/2026   x1
   [ ] Lot on vials matches packing slip   [x] Lot differs from slip (1 vial from prior shipment)
Dose administered: 3,540 mg (70.8 mL)
Amount discarded: 460 mg (9.2 mL)   [x] Single-use vial remainder   [ ] Other
Wastage modifier on visit sheet:  ☑ JW   ☐ JZ
Start: 0952    Stop: 1030    Rate: pump 2 mL/min (max 0.08 mL/kg/min = 4.7 mL/min)
Premeds: [x] None   [ ] Acetaminophen   [ ] Diphenhydramine
Reaction: [x] None   [ ] Mild   [ ] Moderate   [ ] Severe
PIV removed 1041, catheter intact.

PATIENT RESPONSE / STATUS
[x] Tolerating therapy   [ ] Improved symptoms   [ ] No change   [ ] Worse
Comments: no exacerbations since 10/2025; walking 20 min daily; sleeping flat.
Teaching: [x] Reaction signs   [x] Vial storage   [ ] Self-infusion (not applicable)
Next visit: 03/03/2026 0900
RN: Corinne Baptiste, RN    02/24/2026 11:20
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-02-19", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-02-21", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-24", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d3", "[x] E88.01 Alpha-1 antitrypsin deficiency")},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "ev": ("d3", "PI*Z/null (Z + QOclayton)")},
    {"kind": "serum_aat", "value": 6.1, "unit": "uM", "ev": ("d3", "Baseline AAT: 6.1 umol/L (2020)")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d3", "[x] J43.1 Panlobular emphysema")},
    {"kind": "fev1", "value": 58, "ev": ("d3", "Latest FEV1: 58 % predicted")},
    {"kind": "weight", "value": 59.0, "unit": "kg", "value_kg": 59.0, "ev": ("d3", "Weight: 59.0 kg")},
    {"kind": "weight", "value": 131, "unit": "lb", "value_kg": 59.4, "ev": ("d1", "home scale 02/16: 131 lb")},
    {"kind": "dose", "value": 3540, "ev": ("d3", "Dose administered: 3,540 mg (70.8 mL)")},
    {"kind": "wastage", "value": 460, "ev": ("d3", "Amount discarded: 460 mg (9.2 mL)")},
    {"kind": "lot_number", "value": "27H4512", "ev": ("d3", "Lot 27H4512   Exp 08/31/2027   x3")},
    {"kind": "lot_number", "value": "26J3308", "ev": ("d3", "Lot 26J3308   Exp 09/30/2026   x1")},
    {"kind": "expiration_date", "value": "2027-08-31", "ev": ("d3", "Exp 08/31/2027")},
    {"kind": "expiration_date", "value": "2026-09-30", "ev": ("d3", "Exp 09/30/2026")},
    {"kind": "infusion_start", "value": "09:52", "ev": ("d3", "Start: 0952")},
    {"kind": "infusion_end", "value": "10:30", "ev": ("d3", "Stop: 1030")},
    {"kind": "response_to_therapy", "ev": ("d3", "[x] Tolerating therapy")},
    {"kind": "smoking_status", "value": "never", "ev": ("d3", "[x] Never")},
    {"kind": "drug_product", "value": "Prolastin-C", "ev": ("d3", "[x] Prolastin-C (lyophilized)")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "met",
    "units_match_dose": "met", "wastage_documented": "conflict", "lot_number": "met", "expiration_date": "met",
    "infusion_times": "met", "response_to_therapy": "met", "prior_authorization": "missing",
    "code_selection": "met", "smoking_status": "met", "fev1_range": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 59.0, "unit": "kg", "value_kg": 59.0},
    "dose_mg": 3540, "target_mg_per_kg": 60, "target_mg": 3540.0, "pct_diff": 0.0, "within_10pct": True,
    "claim_lines": [
        {"hcpcs": "J0256", "modifiers": [], "units_billed": 354, "bu_mg": 10, "expected_units": 354},
        {"hcpcs": "J0256", "modifiers": ["JW"], "units_billed": 46, "bu_mg": 10, "expected_units": 46},
    ],
    "waste_mg": 460, "jw_units_expected": 46,
    "lots": [{"lot": "27H4512", "exp": "2027-08-31", "exp_not_before_dos": True},
             {"lot": "26J3308", "exp": "2026-09-30", "exp_not_before_dos": True}],
    "dos_products": ["Prolastin-C"],
}

NOTES = ("Gaps: wastage_documented conflict (commercial plan, waste not reimbursed, but a J0256-JW line is billed); "
         "prior_authorization missing (no chart PA, pharmacy says 'authorization number not given'; benefits "
         "verification ref BV-0219-55102 and order/tracking numbers are not authorizations). JW units themselves "
         "are arithmetically right (46). Traps: packing-slip lot 27H4512 covers 3 vials, the 4th vial is lot "
         "26J3308 from the January box; diphenhydramine/NS/flush lots and exps; 'ship 7 vials', '8 vials per 14 "
         "days'; 131 lb (02/16) is historical; dose ordered = calculation; recon 0938-0949, PIV 0934/1041, vitals, "
         "time in/out; Z + QOclayton -> [Z, NULL].")

META = {
    "style": "(7)+(5) specialty-pharmacy refill assessment call (doses per week, vials shipped vs used vs on hand, BV ref) + packing slip/delivery confirmation + checkbox home-infusion nursing visit form with lot-vs-slip check (Prolastin-C, J0256 + JW on a commercial plan)",
    "gaps": "wastage_documented conflict (JW billed to commercial payer); prior_authorization missing",
    "traps": "slip lot vs vial lots (carried-over vial 26J3308); other items' lots/exps; vial arithmetic 7/8/1; BV reference number; 131 lb historical; time in/out, recon, PIV, vitals times; Z/null via QOclayton",
}
