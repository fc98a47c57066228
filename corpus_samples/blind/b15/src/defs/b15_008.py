from _h import F, W, reqs

D1 = """VALLEY REGIONAL MEDICAL CENTER - DEPARTMENT OF PHARMACY SERVICES
STERILE COMPOUNDING RECORD / IV PREPARATION WORKSHEET        USP <797> Category 1 CSP
======================================================================================
Worksheet #: IVR-251007-0441        Order #: 25-1007-00441        Printed: 10/07/2025 07:58
Patient: DESHMUKH, ANITA K          MRN: V0073318     DOB: 06/14/1981     Sex: F
Location: HOPD INFUSION, BAY 6      Prescriber: Thomas Greaves, MD (Pulmonary)
Allergies: amoxicillin (rash)       Dosing weight: 63.2 kg (measured 10/07/2025 07:40, RN)
Payer on order: CIGNA OAP - medical benefit, auth 88240571 verified by PA desk 10/01/2025

DRUG ORDER
  alpha1-proteinase inhibitor (human) [ARALAST NP]  60 mg/kg  IV  once weekly
  Calculated: 60 mg/kg x 63.2 kg = 3,792 mg
  Dose rounding: VRMC P&T policy PHA-214 (biologic dose rounding to nearest whole-vial
  increment when within 10 % of the calculated dose; prescriber opted in 03/2024)
  Rounded dose to prepare: 4,000 mg  (+5.5 % vs calculated)

COMPONENTS
  Item                         Strength    Lot        Exp          Qty   Diluent
  Aralast NP (lyophilized)     1,000 mg    LE30A812   11/30/2026   3     SWFI 50 mL each
  Aralast NP (lyophilized)     1,000 mg    LE31C044   01/31/2027   1     SWFI 50 mL
  Empty EVA bag 250 mL         --          2409117    08/2028      1     --
  Transfer device (Mix2Vial)   --          TD55301    05/2029      4     --

PREPARATION
  Reconstitution: each vial with supplied 50 mL SWFI, transfer device; swirled gently until
  dissolved (no shaking); solution clear to slightly opalescent, no particulates.
  Pooled: 4 vials -> 200 mL total (20 mg/mL) in empty EVA bag; vented filter spike.
  Final product: ARALAST NP 4,000 mg / 200 mL; infuse with supplied 5-micron filter at no
  more than 0.08 mL/kg/min (max 5.0 mL/min at 63.2 kg).
  First vial puncture: 08:02      Beyond-use: 3 h from first puncture -> 11:02 today
  Compounded by: Tuan Nguyen, CPhT   08:02-08:19   ISO 5 PEC: BSC-2   Room: IV-A
  Gravimetric check: expected 201.0 g, actual 200.4 g (within 2 %)
  Final verification: Lucia Castellano, PharmD   08:24
  Vial remnants: none - full contents of all 4 vials pooled; empty vials shown to RPh.
  Waste: 0 mg

DISPENSE
  Label printed 08:25   Sent by pneumatic tube to HOPD 08:31 (carrier #17)
  Received HOPD 08:34 by D. Farrow, RN (scan)

OTHER CSPs THIS ORDER SET
  Sodium chloride 0.9 % 250 mL, TKO 20 mL/h - no compounding, floor stock
  EPINEPHrine 1 mg/mL 0.3 mg IM PRN anaphylaxis - floor stock (emergency kit)

Pharmacist note: dose-rounding applied per policy; rounded dose is within label range for
60 mg/kg weekly. Cigna requires billing in J0256 units; NDC on claim 0944-2815-xx.
"""

D2 = """VALLEY REGIONAL MEDICAL CENTER - HOSPITAL OUTPATIENT INFUSION CENTER
NURSING INFUSION NOTE                                   DOS 10/07/2025     Bay 6
Patient: Deshmukh, Anita K    MRN V0073318    DOB 06/14/1981 (44 y)
Primary RN: Dana Farrow, RN       Second RN (waste/verification): Kyle Brandt, RN
Attending: Thomas Greaves, MD

PRE-PROCEDURE
  Arrival 07:31. ID x2, allergy band (amoxicillin).
  Weight 63.2 kg, height 165 cm (07:40, standing scale).
  VS 07:42: T 36.7, HR 72, BP 118/74, RR 16, SpO2 97 % RA.
  Screening: no fever, no current infection, no new medications, not pregnant (pt
  report; LMP 09/22), no reaction to last dose (09/30/2025).
  Consent for recurring infusion on file, renewed 01/2025.

PROCEDURE: INFUSION
  Access .................. PIV 22 g L forearm, 08:12, 1 attempt, + blood return
  Medication .............. Aralast NP (alpha1-proteinase inhibitor, human)
  Dose .................... 4,000 mg in 200 mL (pharmacy-pooled, worksheet IVR-251007-0441)
  Bedside verification .... 2 RNs (Farrow/Brandt) 08:40: patient, drug, dose, lots
                            LE30A812 (x3) and LE31C044 (x1), BUD 11:02
  Filter .................. 5-micron in-line filter (supplied)
  Rate .................... 5.0 mL/min via Alaris pump
  Start time .............. 08:46
  Stop time ............... 09:27
  Post flush .............. NS 20 mL 09:28
  Response ................ Tolerated without adverse reaction

VITAL SIGNS
  08:45  HR 74  BP 116/72  SpO2 97 %
  09:00  HR 76  BP 118/70  SpO2 97 %
  09:15  HR 74  BP 114/70  SpO2 98 %
  09:30  HR 72  BP 116/72  SpO2 97 %  T 36.8

WASTE DOCUMENTATION
  Product ................. Aralast NP, lots LE30A812 / LE31C044
  Prepared ................ 4,000 mg (pharmacy pooled all 4 vials)
  Infused ................. 4,000 mg - bag and line fully infused, line flushed
  Wasted .................. 0 mg (no residual drug; no partial vial)
  Documented by ........... Dana Farrow, RN      10/07/2025 09:31
  Co-signed by ............ Kyle Brandt, RN      10/07/2025 09:33

POST-PROCEDURE
  Observed 20 min. PIV removed 09:50, tip intact. Discharged 09:54 ambulatory, alone,
  stable. Next appointment 10/14/2025 08:00 (weekly).

Charges: 96365 x1; J0256 x400 units JZ.

Dana Farrow, RN   10/07/2025 10:05
"""

D3 = """VALLEY REGIONAL PULMONARY ASSOCIATES
CLINIC NOTE                                                   Visit date: 09/16/2025
Patient: Anita K. Deshmukh    DOB 06/14/1981    MRN V0073318
Attending: Thomas Greaves, MD      Payer: Cigna Open Access Plus

Subjective
44-year-old never-smoker, accountant, with alpha-1 antitrypsin deficiency (PI*ZZ on
genotyping, Mayo 2022) and emphysema, seen for her 6-month visit. She started Aralast NP
weekly in 05/2022. She feels well. In the last 6 months she has had no chest infections,
has kept up her 3 x weekly gym routine, and says her "stamina is better than two years
ago". No infusion reactions; occasional mild headache on infusion day, resolves without
medication. She asks about the investigational inhaled AAT trial - not currently
recruiting in our region.

Background data
- Serum AAT 02/2022 (pre-treatment, Mayo): 5.2 umol/L (ref 20-48)
- Genotype (Mayo, SERPINA1 targeted, 02/2022): PI*ZZ
- CT chest 01/2022: panlobular emphysema, bibasilar; mild cylindrical bronchiectasis of
  the lower lobes
- Spirometry 09/16/2025 (today): pre-BD FEV1 1.71 L (53 % pred); post-BD FEV1 1.77 L
  (55 % pred); FEV1/FVC 0.54. 03/2024: post-BD FEV1 56 % pred.
- Liver: ALT 28, AST 30; elastography 5.4 kPa (2024).

Medications
- Aralast NP 60 mg/kg IV weekly (VRMC HOPD)
- tiotropium (Spiriva Respimat) 2.5 mcg 2 inhalations daily
- albuterol HFA PRN (rare)
- norethindrone 0.35 mg daily
- fluticasone nasal 50 mcg 2 sprays daily PRN
Allergies: amoxicillin (rash)

Family history: mother PI*MZ; father PI*MZ; sister (41) PI*ZZ, not yet on therapy, FEV1
normal, followed at University Hospital.
Social: never smoked; no vaping; no occupational exposures. Married, one son (12, PI*MZ).

Exam: BP 116/72, HR 70, SpO2 97 % RA, weight 63.5 kg, BMI 23.3. Clear to auscultation
except decreased air entry at bases. No clubbing. No panniculitis.

Assessment
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), with panlobular emphysema (J43.1) and
   mild bronchiectasis. She is doing well on augmentation: no exacerbations, stable FEV1
   (56 % -> 55 % over 18 months), improved exercise capacity, tolerating weekly Aralast NP.
2. Contraception - progestin-only pill, compatible.

Plan
- Continue Aralast NP 60 mg/kg IV once weekly at VRMC; pharmacy may round to whole vials
  per hospital policy.
- Cigna authorization 88240571 runs through 03/31/2026; we will submit renewal in 02/2026
  with today's spirometry.
- Repeat CT in 2027. Annual LFTs.
- If pregnancy planned, discuss continuation of therapy in advance.
- RTC 6 months.

Thomas Greaves, MD    electronically signed 09/16/2025 12:40
"""

CHART = {
    "chart_id": "b15-008",
    "date_of_service": "2025-10-07",
    "payer": {"profile": "commercial", "name": "Cigna Open Access Plus"},
    "prior_authorization": "88240571",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-10-07", "text": D1},
        {"id": "d2", "type": "infusion_record", "date": "2025-10-07", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-09-16", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b15-008",
    "profile": "commercial",
    "requirements": reqs(
        "commercial",
        aatd_diagnosis="met", genotype="met", serum_aat_level="met",
        lung_disease_evidence="met", patient_weight="met", dose_administered="met",
        dose_matches_weight="met", units_match_dose="met", wastage_documented="met",
        lot_number="met", expiration_date="met", infusion_times="met",
        response_to_therapy="met", prior_authorization="met", code_selection="met",
        smoking_status="met", fev1_range="met",
    ),
    "findings": [
        F("aatd_diagnosis", ("d3", "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)")),
        F("genotype", ("d3", "Genotype (Mayo, SERPINA1 targeted, 02/2022): PI*ZZ"), alleles=["Z", "Z"]),
        F("serum_aat", ("d3", "5.2 umol/L"), value=5.2, unit="uM"),
        F("lung_disease", ("d3", "panlobular emphysema (J43.1)"), value="emphysema"),
        F("lung_disease", ("d3", "mild cylindrical bronchiectasis"), value="bronchiectasis"),
        W(("d2", "Weight 63.2 kg"), 63.2, "kg"),
        W(("d3", "weight 63.5 kg"), 63.5, "kg"),
        F("dose", ("d2", "Dose .................... 4,000 mg"), value=4000),
        F("wastage", ("d2", "Wasted .................. 0 mg"), value=0),
        F("lot_number", ("d1", "LE30A812   11/30/2026"), value="LE30A812"),
        F("lot_number", ("d1", "LE31C044   01/31/2027"), value="LE31C044"),
        F("expiration_date", ("d1", "LE30A812   11/30/2026"), value="2026-11-30"),
        F("expiration_date", ("d1", "LE31C044   01/31/2027"), value="2027-01-31"),
        F("infusion_start", ("d2", "Start time .............. 08:46"), value="08:46"),
        F("infusion_end", ("d2", "Stop time ............... 09:27"), value="09:27"),
        F("fev1", ("d3", "FEV1 1.71 L (53 % pred)"), value=53),
        F("fev1", ("d3", "FEV1 1.77 L\n  (55 % pred)"), value=55),
        F("fev1", ("d3", "post-BD FEV1 56 % pred"), value=56),
        F("response_to_therapy", ("d3", "She is doing well on augmentation")),
        F("prior_authorization", ("d3", "Cigna authorization 88240571"), value="88240571"),
        F("smoking_status", ("d3", "44-year-old never-smoker"), value="never"),
        F("drug_product", ("d2", "Aralast NP (alpha1-proteinase inhibitor, human)"), value="Aralast NP"),
    ],
    "notes": (
        "Complete. OWN STYLE: hospital pharmacy sterile-compounding / IV preparation worksheet "
        "(USP <797>) with component lots, BUD, gravimetric check and dose rounding, plus HOPD "
        "nursing note with Procedure: Infusion and a co-signed Waste documentation block (0 mg), "
        "plus a pulmonary clinic note. Dose 4,000 mg rounded from calculated 3,792 mg (+5.5 %, inside "
        "10 %). Traps: calculated 3,792 mg; 'max 5.0 mL/min'; component lots for the EVA bag and "
        "transfer devices (not A1PI lots); first puncture 08:02, BUD 11:02, compounding 08:02-08:19, "
        "verification 08:24, tube 08:31, bedside check 08:40, PIV 08:12, flush 09:28, discharge 09:54; "
        "sister PI*ZZ and parents PI*MZ (family); investigational inhaled AAT trial; planned "
        "renewal. Lots and expiries are written in the pharmacy worksheet (same DOS, same "
        "product) and the lots repeated in the nursing note. Commercial JZ with 0 mg waste -> met."
    ),
}

ARITH = {
    "weight_kg": 63.2, "weight_source": "d2/d1 measured 07:40 DOS",
    "product": "Aralast NP", "code": "J0256", "billing_unit_mg": 10,
    "dose_mg": 4000, "vial_total_mg": 4000, "waste_mg": 0,
    "billed_admin_units": 400, "billed_jw_units": 0,
    "modifier_expected": "JZ (or none; commercial, no waste)", "modifier_billed": "JZ",
    "lots": [{"lot": "LE30A812", "exp": "2026-11-30"}, {"lot": "LE31C044", "exp": "2027-01-31"}],
    "start": "08:46", "end": "09:27",
}
