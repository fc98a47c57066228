from _lib import F, W, reqs, gold

D1 = """SUMMIT CHOICE HEALTH PLAN
Medical Drug Prior Authorization - Notice of Determination
Fax: (602) 555-0133                                       Date issued: 08/29/2025

To:    Canyon Lung & Sleep Center - Dr. Imelda S. Farquhar        Fax: (602) 555-0188
From:  Summit Choice Clinical Review Unit
Member: CALVIN E DRUMMOND     ID: SCH-3390184-02     DOB: 11/30/1966
Plan type: Commercial HMO (employer group 55-HMO-Gold)

Case number: 25-0829-CR-7731          Received: 08/21/2025 (standard review)
DETERMINATION: APPROVED (formulary exception granted)

Authorization number:  UM-25-447120
Drug:                  alpha1-proteinase inhibitor (human) - GLASSIA 1 g/50 mL solution
Billing code:          J0257 - Injection, alpha 1 proteinase inhibitor (human), (Glassia), 10 mg
Approved quantity:     up to 480 units (4,800 mg) per 7 days
Frequency:             once weekly, IV
Effective:             09/01/2025 - 08/31/2026
Servicing provider:    Canyon Lung & Sleep Center Infusion Suite (office, POS 11)

Criteria reviewed (Summit Choice Medical Drug Policy MDP-112, Alpha-1 Proteinase Inhibitors):
  [x] Age >= 18
  [x] Diagnosis of emphysema due to congenital AAT deficiency
  [x] Pretreatment AAT < 11 uM (< 80 mg/dL by RID or < 50 mg/dL by nephelometry)
  [x] PiZZ, PiZ(null), Pi(null,null) or other phenotype with level < 11 uM (not PiMZ / PiMS)
  [x] FEV1 25% to 80% predicted, post-bronchodilator
  [x] Not a current smoker (attestation; cotinine may be requested)
  [x] Preferred product (Prolastin-C) tried, or contraindication / intolerance documented
Exception basis: documented hypersensitivity reaction (urticaria, flushing) to Prolastin-C on
02/2025 per submitted office note; non-preferred product Glassia approved.

Billing instructions:
  - Bill Glassia with HCPCS J0257 and the 11-digit NDC (00944-2884-01) on every claim line.
  - Summit Choice does not reimburse drug wastage. Do not bill JW lines; report the administered
    amount only. JZ is accepted but not required on commercial claims.
  - Claims billed with a code other than the approved code will deny (CARC 4 / N519).

Reconsideration: If you disagree with any part of this determination you may request
reconsideration within 180 days. Reference the case number above on all correspondence.

Reviewed by: Owen T. Kasprzak, PharmD, Clinical Pharmacist
Physician reviewer: not required (criteria met at pharmacist level)
This notice is not a guarantee of payment. Benefits are subject to eligibility on the date of service.
"""

D2 = """CANYON LUNG & SLEEP CENTER - INFUSION SUITE
MAR / CABINET RECONCILIATION REPORT          Source: EHR MAR + Omnicell XT cabinet INF-NORTH-02
Report date: 09/23/2025 17:05     Run by: BERNADETTE KRAUSE RN

Patient: DRUMMOND, CALVIN E      MRN 61884020      DOB 11/30/1966     Sex M
Encounter: 09/23/2025 Infusion visit     Chair 3     Attending: FARQUHAR, IMELDA S MD
Weight: 74.0 kg (09/23/2025 08:41, standing scale)     Height: 183 cm     Allergy: Prolastin-C (urticaria)

---------------------------------------------------------------------------------------------
SECTION A - CABINET TRANSACTIONS (Omnicell)
Time   Txn       Item                                         Qty   User           Lot          Exp
08:52  ISSUE     GLASSIA 1 g/50 mL vial  NDC 00944-2884-01     3     KRAUSE, B RN   LGA24F117A   06/2026
08:52  ISSUE     GLASSIA 1 g/50 mL vial  NDC 00944-2884-01     2     KRAUSE, B RN   LGA24H221B   08/2026
08:53  ISSUE     cetirizine 10 mg tab                          1     KRAUSE, B RN   CT2291       01/2027
08:55  ISSUE     sodium chloride 0.9% 250 mL bag              1     KRAUSE, B RN   J5K221       04/2027
08:55  ISSUE     filter set, 5 micron in-line                 1     KRAUSE, B RN   --           --
08:56  ISSUE     sodium chloride 0.9% flush 10 mL             2     KRAUSE, B RN   FL8830       11/2026
10:31  WASTE     GLASSIA  28 mL (560 mg) - partial vial       --    KRAUSE, B RN   LGA24H221B   08/2026
                 Witness: PRUITT, DANA RN      Reason: remainder of single-use vial after dose
10:33  RETURN    sodium chloride 0.9% flush 10 mL             1     KRAUSE, B RN

Cabinet discrepancy check: none open at 17:05.

---------------------------------------------------------------------------------------------
SECTION B - MEDICATION ADMINISTRATION RECORD
cetirizine (ZYRTEC) tablet 10 mg  PO  once (premed)
   Sched 08:45   Given 08:58   10 mg   [BK]

alpha-1-proteinase inhibitor, human (GLASSIA) 4,440 mg in 222 mL  IV  weekly
   Order: 60 mg/kg x 74 kg. Infuse via 5 micron in-line filter. Max rate 0.2 mL/kg/min.
   Pharmacy note: 5 x 1 g vials; draw 222 mL (20 mg/mL); discard remainder.
   Sched 09:00
      09:04  Scan - patient ID / product barcodes (5 of 5 vials)        [BK]
      09:06  New Bag        4,440 mg / 222 mL    Rate 2 mL/min           [BK]
      09:16  Rate Change    8 mL/min                                    [BK]
      09:42  Stopped        Infusion complete, 222 mL infused            [BK]
   Dose given: 4,440 mg.  Discarded: 560 mg (28 mL) - see cabinet waste 10:31.

sodium chloride 0.9% 250 mL  IV  KVO
   09:02  New Bag   20 mL/h   [BK]
   10:12  Stopped              [BK]

diphenhydramine 25 mg IV PRN reaction   -- not given
epinephrine 0.3 mg IM PRN anaphylaxis   -- not given

---------------------------------------------------------------------------------------------
SECTION C - VITALS
08:41  BP 134/86  HR 78  RR 16  T 36.5  SpO2 95% RA
09:20  BP 130/82  HR 76  RR 16          SpO2 95% RA
09:45  BP 128/80  HR 74  RR 16  T 36.6  SpO2 96% RA
10:15  BP 132/84  HR 76  RR 16          SpO2 95% RA   Discharged 10:34, ambulatory.

---------------------------------------------------------------------------------------------
SECTION D - CHARGE CAPTURE (auto-generated from MAR)
J0256   alpha-1 PI NOS, 10 mg      444 units
J0256   JW discarded, 10 mg         56 units
96365   IV infusion, initial hour    1
Charge review flag: NDC 00944-2884-01 billed under J0256 - cross-walk not verified.
"""

D3 = """CANYON LUNG & SLEEP CENTER
Provider Note - Infusion Visit

Patient: Calvin E. Drummond     DOB 11/30/1966     MRN 61884020
Date: 09/23/2025
Provider: Imelda S. Farquhar, MD (Pulmonary)

S: 58 y.o. man with alpha-1 antitrypsin deficiency (PI*ZZ) and centrilobular + panlobular
emphysema, here for weekly augmentation. Switched from Prolastin-C to Glassia in 03/2025 after an
urticarial reaction with flushing during his 6th Prolastin-C infusion (02/2025). Since the
switch he has had no infusion reactions. Breathing at baseline; climbs one flight of stairs
slowly. No exacerbation since January. No ED visits. Still working part time as a dispatcher.
Former smoker, 25 pack-years, quit 2012. No vaping.

ROS: No fever, chest pain, hemoptysis or edema. Mild seasonal rhinitis. Sleeping well.

Meds: Trelegy 1 inh daily; albuterol PRN (~3x/week); montelukast 10 mg nightly; Glassia 60 mg/kg
IV weekly; lisinopril 10 mg daily; cetirizine 10 mg premed.
Family: sister PI*MZ (AAT 94 mg/dL); father died of "emphysema" at 63.

O: BP 134/86, HR 78, SpO2 95% RA, weight 74.0 kg. Mild expiratory prolongation, no wheeze.
Infusion in progress at time of exam, site clean. No rash, no urticaria. No edema.
Labs 08/2025: ALT 28, AST 30, Hgb 15.2, IgA 240 mg/dL.

Data:
 - AAT 4.1 uM (pre-treatment, 06/2024), phenotype ZZ (IEF)
 - Spirometry 02/2025: FEV1 1.88 L, 58% predicted post-BD; FEV1/FVC 0.49
 - Spirometry 08/2025: FEV1 1.85 L, 57% predicted post-BD
 - CT 05/2024: centrilobular and panlobular emphysema, lower lobe predominant

A/P:
1. AATD PI*ZZ with emphysema (E88.01, J43.2) - doing well on Glassia. Lung function stable
   (58% -> 57% over six months, within test variability); no exacerbations since switching.
   Continue Glassia 60 mg/kg weekly.
2. History of hypersensitivity to Prolastin-C - continue cetirizine premed.
3. Auth UM-25-447120 (Summit Choice) through 08/31/2026.
4. Repeat spirometry 02/2026; follow-up visit 3 months.
5. If urticaria recurs on Glassia, would add famotidine premed and slow the rate.
6. Vaccines: influenza due 10/2025; PCV20 given 2024.

Imelda S. Farquhar, MD      09/23/2025 11:20
"""

CHART = {
    "chart_id": "b16-004",
    "date_of_service": "2025-09-23",
    "payer": {"profile": "commercial", "name": "Summit Choice Health Plan - Commercial HMO"},
    "prior_authorization": "UM-25-447120",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 444, "modifiers": []},
        {"hcpcs": "J0256", "units": 56, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-08-29", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2025-09-23", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-09-23", "text": D3},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha-1 antitrypsin deficiency (PI*ZZ)"),
    (F("genotype", alleles=["Z", "Z"]), "phenotype ZZ (IEF)"),
    (F("serum_aat", value=4.1, unit="uM"), "AAT 4.1 uM (pre-treatment, 06/2024)"),
    (F("lung_disease", value="emphysema"), "centrilobular and panlobular emphysema"),
    (W(74.0), "Weight: 74.0 kg (09/23/2025 08:41"),
    (F("fev1", value=58), "FEV1 1.88 L, 58% predicted post-BD"),
    (F("fev1", value=57), "FEV1 1.85 L, 57% predicted post-BD"),
    (F("dose", value=4440), "Dose given: 4,440 mg."),
    (F("wastage", value=560), "Discarded: 560 mg (28 mL)"),
    (F("lot_number", value="LGA24F117A"), "LGA24F117A"),
    (F("lot_number", value="LGA24H221B"), "LGA24H221B"),
    (F("expiration_date", value="2026-06"), "LGA24F117A   06/2026"),
    (F("expiration_date", value="2026-08"), "LGA24H221B   08/2026"),
    (F("infusion_start", value="09:06"), "09:06  New Bag"),
    (F("infusion_end", value="09:42"), "09:42  Stopped"),
    (F("response_to_therapy"), "doing well on Glassia. Lung function stable"),
    (F("prior_authorization", value="UM-25-447120"), "Auth UM-25-447120"),
    (F("smoking_status", value="former"), "Former smoker, 25 pack-years, quit 2012"),
    (F("drug_product", value="Glassia"), "(GLASSIA) 4,440 mg in 222 mL"),
    (F("drug_product", value="Prolastin-C"), "Switched from Prolastin-C to Glassia in 03/2025"),
]

GOLD = gold(CHART, "commercial", reqs(
    "commercial",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="met",
    wastage_documented="conflict", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="met", code_selection="conflict", smoking_status="met",
    fev1_range="met",
), FINDINGS,
    "Gaps: code_selection conflict - the product given on the DOS is Glassia (MAR, cabinet, NDC 00944-2884-01) "
    "but both drug lines carry J0256 (Glassia is J0257; the PA letter itself names J0257). Prolastin-C appears "
    "only as the product he was switched away from (historical drug_product finding; the DOS product decides "
    "code selection). wastage_documented conflict - commercial profile with a JW line (J0256-JW x 56), although "
    "the 560 mg waste is documented and 56 = floor(560/10); the payer letter says JW is not reimbursed. "
    "Units 444 = ceil(4,440/10) match. Traps: policy thresholds and 'up to 480 units (4,800 mg)' in the "
    "letter; case number 25-0829-CR-7731 is not a PA number; cetirizine/NS/flush lots and expirations; "
    "scan 09:04, NS 09:02-10:12, cabinet 08:52/10:31 and discharge 10:34 are not infusion times; order "
    "calc 60 mg/kg x 74 kg; sister PI*MZ 94 mg/dL and father's 'emphysema' are family; 'If urticaria recurs' is hypothetical.")

ARITH = {
    "dos": "2025-09-23",
    "product_dos": ["Glassia"],
    "weight_kg": 74.0, "weight_source": "MAR header 09/23/2025 08:41; provider note",
    "dose_mg": 4440, "dose_source": "MAR: 222 mL x 20 mg/mL",
    "vials": [{"product": "Glassia 1 g/50 mL", "mg": 1000}] * 5,
    "code": "J0256", "bu": 10, "code_should_be": "J0257",
    "units_billed": 444, "modifiers_admin": [],
    "waste_mg": 560, "jw_units_billed": 56,
    "lots": [{"lot": "LGA24F117A", "exp": "2026-06"}, {"lot": "LGA24H221B", "exp": "2026-08"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
