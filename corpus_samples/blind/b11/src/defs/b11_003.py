D1 = """
MERIDIAN Rx - SPECIALTY PRIOR AUTHORIZATION REQUEST / DETERMINATION
Drug class: Alpha-1 Proteinase Inhibitors (Human)        Form MRX-PA-117 rev 03/2025
Fax to: 1-800-555-0163        Submitted: 09/24/2025 10:18 (ePA)

SECTION A - MEMBER
  Name: FEENEY, DOUGLAS R        DOB: 11/07/1963        Member ID: BHX448201937-01
  Plan: Blue Horizon PPO (commercial, employer group 77120)
SECTION B - PRESCRIBER
  Ashok Verma, MD - Pulmonary   NPI 1649372208   Phone 555-0118   Fax 555-0119
SECTION C - MEDICATION REQUESTED
  [x] Prolastin-C Liquid   [ ] Aralast NP   [ ] Glassia   [ ] Zemaira
  Dose: 60 mg/kg IV once weekly. Current weight 91 kg (09/2025) -> 5,460 mg per infusion requested
  Site of care: [x] Home infusion  [ ] Hospital outpatient  [ ] Physician office
  Dispensing specialty pharmacy: Keystone Specialty Pharmacy (network)
  [ ] New start   [x] Continuation (on therapy since 05/2021)

SECTION D - PLAN CRITERIA (answer every item; attach records)
  Criteria per Blue Horizon medical policy MP-RX-022, quoted for reference:
    1. Age 18 or older
    2. Pretreatment serum AAT < 11 micromol/L (80 mg/dL by RID or 57 mg/dL by nephelometry)
    3. High-risk phenotype (PiZZ, PiZ(null), Pi(null,null), or other with AAT < 11 micromol/L);
       PiMZ and PiMS are NOT covered
    4. Post-bronchodilator FEV1 between 25% and 80% predicted
    5. Non-smoker for at least 6 months
    6. Continuation: documented clinical benefit
  Prescriber responses:
    Q1 Age: 61 ............................................................. YES
    Q2 Pretreatment AAT: 31 mg/dL, nephelometry, drawn 04/06/2021 .......... YES
    Q3 Phenotype/genotype: PI*ZZ (Invitae SERPINA1, 04/2021) ............... YES
    Q4 FEV1 post-BD: 41% predicted (spirometry 09/09/2025) .................. YES
    Q5 Smoking status: former smoker, quit 2012 (40 pack-years) ............ YES
    Q6 Clinical benefit: no exacerbation requiring steroids in the past 12 months; FEV1 stable
       (44% -> 41% over 12 months, within test variability) .............. YES
  Diagnosis codes: E88.01; J43.1
  Attachments: office note 09/09/2025, spirometry, genotype report, AAT level (4 pages)

SECTION E - DETERMINATION (plan use only)
  Case reference: CRX-2025-0917-443        Reviewer: R. Lindqvist, PharmD
  Decision: APPROVED
  Authorization #: PA-5530-88172
  Approved: Prolastin-C Liquid up to 60 mg/kg IV q7 days, max 52 administrations
  Effective 10/01/2025 through 09/30/2026
  Note: dose must be recalculated if weight changes by 10% or more. Wastage is not separately reimbursed
  under this plan; bill administered amount only.
  Determination faxed 09/26/2025 14:02
"""

D2 = """
KEYSTONE SPECIALTY PHARMACY
SHIPMENT CONFIRMATION / DELIVERY TICKET                     Order # KSP-2026-0209-1174

Ship date: 02/09/2026        Carrier: FedEx Priority Overnight        Tracking: 7724 1189 0456 3310
Delivered: 02/10/2026 10:41, signed "D FEENEY"
Ship to: Douglas R. Feeney, 1418 Orchard Lane (home)        Phone: on file
Prescriber: Ashok Verma, MD        Auth: PA-5530-88172 (exp 09/30/2026)
Nursing agency: HomeCare Partners - infusions scheduled Thu 02/12, 02/19, 02/26, 03/05

ITEM                                         NDC              QTY   LOT        EXP
Prolastin-C Liquid 4,000 mg/80 mL vial       13533-0705-80    4     24K3302    01/31/2027
Prolastin-C Liquid 1,000 mg/20 mL vial       13533-0705-20    4     24M1198    11/30/2026
Sodium chloride 0.9% flush 10 mL             --               20    --         --
Epinephrine auto-injector 0.3 mg             49502-0500-02    1     4GR712     08/2026
Diphenhydramine 25 mg capsule                --               4     --         --
Peripheral IV start kit / 24g catheter       --               6     --         --
Administration set w/ 0.2 micron filter      --               4     --         --

Total A1PI shipped: 20,000 mg (4 weekly doses of 5,000 mg per Rx).
Cold chain: shipped 2-8 C with 2 gel packs and data logger; logger read on delivery: 3.9-6.8 C, in range.
Storage: refrigerate 2-8 C; may be kept at room temperature up to 25 C for one month, then discard.

Billing: drug and per diem billed to medical benefit (Blue Horizon PPO); patient responsibility $0.00.
Refill due 03/02/2026. Questions: 1-800-555-0170 (24 h).
Packed by: A. Marsh CPhT   Checked by: L. Ruiz RPh   02/09/2026 15:22
"""

D3 = """
HomeCare Partners - Home Infusion Nursing Visit Note
Patient: Douglas R. Feeney   DOB 11/07/1963   Visit date: 02/12/2026   Visit type: SN infusion
Therapy: Prolastin-C Liquid (alpha1-PI) weekly   Rx: A. Verma MD   Payer auth PA-5530-88172
RN: Colleen Marchetti, RN

Time in: 13:05          Time out: 14:25
Environment: home clean, pt and wife present; supplies delivered 02/10 stored in fridge (3.8 C on
fridge thermometer).

Assessment
  Wt 90.3 kg (199 lb) on agency scale.  Temp 36.6, HR 74, BP 128/76, RR 18, SpO2 94% RA.
  Lungs diminished at bases, no wheeze. No fever, no new cough. Using Stiolto daily, albuterol ~3x/week.
  Pt reports breathing "the same as usual", walked to mailbox and back without stopping.
  No problems after last week's infusion.

Access
  13:20 PIV 24g R forearm, 1 stick, flushed 10 mL NS, brisk blood return.

Medication
  Order: Prolastin-C Liquid 60 mg/kg IV weekly, dose rounded to nearest whole vial = 5,000 mg
  Vials used:  1 x 4,000 mg/80 mL  lot 24K3302  exp 01/31/2027
               1 x 1,000 mg/20 mL  lot 24M1198  exp 11/30/2026
  Both vials warmed to room temp 30 min. Checked clear/colorless, no particles.
  Dose given: 5,000 mg (100 mL), entire contents of both vials - no waste.
  Infusion start 13:34 by gravity/roller clamp, rate ~7 mL/min (0.08 mL/kg/min)
  Infusion end 13:50
  Post-flush 10 mL NS.

Monitoring
  13:42 HR 76 BP 126/74 SpO2 94%
  14:05 HR 72 BP 124/76 SpO2 95%   no rash, no itching, no dyspnea beyond baseline
  PIV removed 14:10, intact.

Inventory after visit: 3 x 4,000 mg and 3 x 1,000 mg vials in fridge; epi auto-injector in kit.
Education: reviewed signs of allergic reaction and when to use epinephrine; pt verbalized understanding.
Next visit Thu 02/19/2026 ~13:00.

Electronically signed: Colleen Marchetti, RN  02/12/2026 15:02
"""

D4 = """
PULMONARY ASSOCIATES OF ORCHARD HILL - Office Visit
Patient: FEENEY, Douglas R.   DOB 11/07/1963   Date: 01/20/2026
Provider: Ashok Verma, MD

Reason for visit: AATD / emphysema follow-up, augmentation continuation

Interval history: Doing well. No exacerbations since March 2025. Sleeps flat. Mild exertional dyspnea
(mMRC 2), unchanged. Home infusions weekly without problems. He still golfs (with a cart) twice a week.

Background: alpha-1 antitrypsin deficiency, PI*ZZ (Invitae 04/2021), pretreatment AAT 31 mg/dL.
CT 2021: panlobular emphysema, lower lobes, mild bronchial wall thickening. COPD GOLD 3 / group E before
augmentation. Ex-smoker (quit 2012, 40 pk-yr). No alcohol excess; LFTs normal 11/2025.

Meds: Stiolto Respimat 2 inh daily; albuterol prn; rosuvastatin 10 mg; metoprolol succinate 25 mg;
Prolastin-C Liquid 60 mg/kg IV weekly (home infusion, Keystone SP / HomeCare Partners).

Vitals: BP 130/78  HR 70  SpO2 94%  Wt 90.7 kg  BMI 29.6

Spirometry today (post-BD): FEV1 1.42 L (43% predicted); FVC 3.52 L (84% predicted); FEV1/FVC 0.40.
01/2025: FEV1 1.45 L (44% predicted).

Assessment
1. Alpha-1 antitrypsin deficiency, PI*ZZ, with panlobular emphysema - responding to augmentation:
   FEV1 essentially stable over 12 months (-30 mL), no exacerbations in 10 months, functional status
   unchanged.
2. Hypertension, controlled.

Plan
- Continue Prolastin-C Liquid 60 mg/kg weekly (PA-5530-88172 valid to 09/30/2026).
- Recheck weight-based dose at each visit; if weight falls below 83 kg, dose would drop to 4,500 mg.
- Annual influenza done 10/2025; PCV20 done.
- RTC 4 months with spirometry.

Ashok Verma, MD   signed 01/20/2026 17:10
"""

CHART = {
    "chart_id": "b11-003",
    "date_of_service": "2026-02-12",
    "payer": {"profile": "commercial", "name": "Blue Horizon PPO"},
    "prior_authorization": "PA-5530-88172",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
        {"hcpcs": "S9346", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-09-26", "text": D1},
        {"id": "d2", "type": "other", "date": "2026-02-09", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-02-12", "text": D3},
        {"id": "d4", "type": "progress_note", "date": "2026-01-20", "text": D4},
    ],
}

ARITH = {"profile": "commercial", "dos_weight_kg": 90.3, "dose_mg": 5000, "waste_mg": 0,
         "expirations": ["2027-01-31", "2026-11-30"], "start": "13:34", "end": "13:50",
         "products": ["Prolastin-C Liquid"]}

GOLD = {
    "chart_id": "b11-003",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 31, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 41},
        {"kind": "fev1", "value": 44},
        {"kind": "fev1", "value": 43},
        {"kind": "weight", "value": 91, "unit": "kg", "value_kg": 91.0},
        {"kind": "weight", "value": 90.3, "unit": "kg", "value_kg": 90.3},
        {"kind": "weight", "value": 90.7, "unit": "kg", "value_kg": 90.7},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "24K3302"},
        {"kind": "lot_number", "value": "24M1198"},
        {"kind": "expiration_date", "value": "2027-01-31"},
        {"kind": "expiration_date", "value": "2026-11-30"},
        {"kind": "infusion_start", "value": "13:34"},
        {"kind": "infusion_end", "value": "13:50"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "PA-5530-88172"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Complete commercial chart: PBM PA form with determination (d1), specialty-pharmacy shipment ticket "
        "(d2), home-infusion nursing visit (d3), pulmonary office note (d4). DOS 2026-02-12, weight 90.3 kg "
        "(199 lb same weight). 60 x 90.3 = 5418; given 5000 mg whole vials = -7.7 %, within 10 %. J0256 "
        "ceil(5000/10) = 500 units JZ; 'no waste' stated -> commercial wastage met (no JW). S9346 per diem "
        "line is not a drug line. Lots used match shipped lots; exp 2027-01-31 and 2026-11-30 after DOS. "
        "Start 13:34 / end 13:50. FEV1 41, 43, 44 % all within 25-80. Former smoker. PA-5530-88172 in chart "
        "field and notes; 'Case reference CRX-2025-0917-443', order # and FedEx tracking are not PA numbers. "
        "Traps: policy criteria quoted in the PA form (11 micromol/L, 80/57 mg/dL, FEV1 25-80 %, 6 months, "
        "PiMZ/PiMS) are not patient facts; requested 5,460 mg at 91 kg (91 kg is a historical weight "
        "finding); total shipped 20,000 mg, 4 weekly doses of 5,000 mg, quantities 4+4; epinephrine 0.3 mg "
        "lot 4GR712 exp 08/2026 (not A1PI); diphenhydramine 25 mg; delivery 10:41; time in 13:05/out 14:25, "
        "PIV 13:20, vitals 13:42/14:05, PIV out 14:10; inventory remaining; hypothetical 4,500 mg if weight "
        "< 83 kg; FVC 84% predicted is not FEV1."
    ),
}
