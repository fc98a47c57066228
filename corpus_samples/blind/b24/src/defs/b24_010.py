"""b24-010: medicaid, complete. Styles (2) home-infusion pharmacy documents (pharmacist monitoring
note, delivery ticket, nursing visit note with Time In/Out and a separate infusion section) + (6)
nurse one-liners in "10h14" form. Aralast NP 5 × 1,000 mg = 5,000 mg, no waste; J2252 5,000 JZ
(1 mg/unit per the guide's code table)."""

CHART_ID = "b24-010"
DOS = "2026-03-18"
PAYER = {"profile": "medicaid", "name": "Texas Medicaid - Superior HealthPlan STAR+PLUS"}
PRIOR_AUTH = "SHP-7730418"
CLAIM_LINES = [
    {"hcpcs": "J2252", "units": 5000, "modifiers": ["JZ"]},
    {"hcpcs": "S9346", "units": 1, "modifiers": []},
    {"hcpcs": "99601", "units": 1, "modifiers": []},
]

D1 = """
LONE STAR HOME INFUSION - PHARMACIST CLINICAL NOTE (CPR+)
Patient: CASTELLANOS, RUBEN A     Pt ID: LS-30927     DOB: 01/30/1968     Branch: San Antonio
Prescriber: Marisela Fuentes-Ortega, MD (Pulmonary)     RN agency: Alamo Infusion Nursing
Date: 03/16/2026 10:05         Type: Monthly clinical review / refill

Therapy ..................... Alpha-1 proteinase inhibitor (ARALAST NP) IV weekly (Wed)
Start of care ............... 06/2022
Diagnoses ................... E88.01 AATD; J43.1 panlobular emphysema; E11.9 T2DM (diet)
Payer / auth ................ Superior STAR+PLUS - PA# SHP-7730418 (03/01/26-08/31/26)
Allergies ................... NKDA
Weight used for dosing ...... 86.8 kg (RN visit 03/04/26) -> 60 mg/kg = 5,208 mg
Dispensed dose .............. 5,000 mg (5 x 1,000 mg) = -4.0 % vs calc; within +/-10 % policy
                              (MD-approved rounding down to whole vials, 06/2022)
Last AAT trough ............. 11/2025: 16.2 uM (on therapy, pre-dose)
Baseline (referral) ......... AAT 19 mg/dL (2022), genotype PI*ZZ
Smoking ..................... former - quit 2016 (per MD note)
Concurrent meds ............. Breztri, albuterol, lisinopril 10 mg, atorvastatin 40 mg
Issues since last review .... RN reported 03/04 infiltration at PIV site (small, resolved);
                              now using 22g in forearm only. No reactions. No missed doses.
Plan ........................ Refill approved; deliver 03/17 for 03/18 dose. Next review 04/13.
R. Ybarra, PharmD - e-signed 03/16/2026 10:22
"""

D2 = """
LONE STAR HOME INFUSION       ** DELIVERY TICKET / PACKING LIST **       Ticket 0317-2241
Patient: CASTELLANOS, RUBEN A (LS-30927)    Addr: 412 Nogalitos St, San Antonio TX 78204
Deliver: 03/17/2026   Driver: E. Villarreal   Signature: R. Castellanos 03/17/2026 17:36
Dose date: 03/18/2026       Rx #: 0092288-04        Ship temp: ambient (<= 25 C)

Qty  Item                                         Lot           Exp         NDC
5    ARALAST NP 1 G KIT (w/ 50 mL SWFI)           LE25N330      05/31/2027  00944-2815-xx
5    SWFI 50 mL (in kit)                          --            --          --
1    NS 250 mL bag                                J5F302        09/2027     0338-0049
6    NS 10 mL flush syringe                       5FK114        12/2027     --
1    Pump cassette / admin set w/ 5 micron        AS2509C       09/2028     --
1    IV start kit 22g                             VK6610        06/2028     --
1    Anaphylaxis kit (epinephrine 0.3 mg,         EK-0326       10/2026     --
     diphenhydramine 50 mg)
1    Sharps container                             --            --          --

Pharmacist check: R. Ybarra, PharmD   Tech: J. Moya, CPhT   Packed 03/17 11:40
"""

D3 = """
ALAMO INFUSION NURSING - HOME VISIT RECORD (for Lone Star Home Infusion)
Patient: CASTELLANOS, RUBEN A    DOB 01/30/1968    Visit 03/18/2026    RN: Beatriz Solano, RN
Time In: 10h02     Time Out: 11h44     Visit type: skilled nursing - infusion

10h02 arrived, pt + wife home, dog secured
10h06 checked delivery vs ticket: 5 Aralast NP 1 g kits lot LE25N330, supplies ok
10h09 wt 86.1 kg (agency scale); T 36.7 BP 132/80 HR 84 RR 18 SpO2 93% RA
10h12 pt: "walked to the church and back Sunday"; no fever, no new sputum
10h14 FSBG 128 (diet-controlled DM)
10h17 reconstituted 5 vials w/ transfer device, gentle swirl, clear
10h24 PIV 22g L forearm 1st attempt, + blood return
10h31 Aralast started via pump
10h45 VS BP 128/78 HR 82 SpO2 94%
11h08 pump complete, flushed 10 mL NS
11h20 VS BP 130/80 HR 80; site clean, no infiltration
11h26 PIV removed, cath intact
11h38 reviewed next delivery 03/24, visit 03/25 10h00
11h44 left

INFUSION (this visit)
  Product: Aralast NP   Dose: 5,000 mg (5 x 1 g vials, 250 mL)   Order: 60 mg/kg weekly
  Lot: LE25N330        Exp: 05/31/2027
  Start: 10:31         End: 11:08        Rate: 6.8 mL/min (<= 0.08 mL/kg/min)
  Waste: none - all 5 vials infused
  Reaction: none

RN e-signature: Beatriz Solano, RN   03/18/2026 14:20
"""

D4 = """
SOUTH TEXAS CHEST ASSOCIATES - PROGRESS NOTE
DOS: 02/10/2026     Provider: Marisela Fuentes-Ortega, MD
Pt: Ruben A. Castellanos    57 y/o M

S: Follow-up of severe alpha-1 antitrypsin deficiency (PI*ZZ, AAT 19 mg/dL at dx 2022) with
panlobular emphysema. On weekly home Aralast NP since 06/2022. Since therapy began he has had
no hospitalizations (2 in 2021) and only one outpatient exacerbation in 2025. He quit smoking
in 2016 (30 pk-yr). Diet-controlled diabetes.

O: BP 136/82, HR 86, SpO2 93% RA, Wt 190 lb, BMI 29.
   Lungs: decreased BS bases, scattered rhonchi clear with cough. No edema.
   Spirometry: FEV1 1.41 L (43% pred), FEV1/FVC 0.41. 02/2025 FEV1 1.46 L.

A/P:
 1. AATD with emphysema - doing well on augmentation; exacerbation frequency down and lung
    function close to last year's. Continue Aralast NP 60 mg/kg IV weekly at home.
 2. Pulmonary rehab maintenance; flu vaccine done 10/2025.
 3. Cousin recently diagnosed PI*ZZ - family screening letter given to patient.
 Return 6 months.

Electronically signed - M. Fuentes-Ortega, MD 02/10/2026
"""

DOCS = [
    {"id": "d1", "type": "other", "date": "2026-03-16", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-17", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-03-18", "text": D3},
    {"id": "d4", "type": "progress_note", "date": "2026-02-10", "text": D4},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d4", "_ev": "severe alpha-1 antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d4", "_ev": "(PI*ZZ, AAT 19 mg/dL at dx 2022)"},
    {"kind": "serum_aat", "value": 19, "unit": "mg/dL", "_doc": "d4", "_ev": "AAT 19 mg/dL at dx 2022"},
    {"kind": "serum_aat", "value": 16.2, "unit": "uM", "_doc": "d1", "_ev": "11/2025: 16.2 uM (on therapy, pre-dose)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "J43.1 panlobular emphysema"},
    {"kind": "weight", "value": 86.1, "unit": "kg", "value_kg": 86.1, "_date": "2026-03-18", "_doc": "d3", "_ev": "10h09 wt 86.1 kg (agency scale)"},
    {"kind": "weight", "value": 86.8, "unit": "kg", "value_kg": 86.8, "_date": "2026-03-04", "_doc": "d1", "_ev": "86.8 kg (RN visit 03/04/26)"},
    {"kind": "weight", "value": 190, "unit": "lb", "value_kg": 86.2, "_date": "2026-02-10", "_doc": "d4", "_ev": "Wt 190 lb"},
    {"kind": "dose", "value": 5000, "_doc": "d3", "_ev": "Dose: 5,000 mg (5 x 1 g vials, 250 mL)"},
    {"kind": "wastage", "value": 0, "_doc": "d3", "_ev": "Waste: none - all 5 vials infused"},
    {"kind": "lot_number", "value": "LE25N330", "_doc": "d3", "_ev": "Lot: LE25N330"},
    {"kind": "expiration_date", "value": "2027-05-31", "_doc": "d3", "_ev": "Exp: 05/31/2027"},
    {"kind": "infusion_start", "value": "10:31", "_doc": "d3", "_ev": "Start: 10:31"},
    {"kind": "infusion_end", "value": "11:08", "_doc": "d3", "_ev": "End: 11:08"},
    {"kind": "fev1", "value": 43, "_doc": "d4", "_ev": "FEV1 1.41 L (43% pred)"},
    {"kind": "response_to_therapy", "_doc": "d4", "_ev": "doing well on augmentation; exacerbation frequency down and lung\n    function close to last year's."},
    {"kind": "prior_authorization", "value": "SHP-7730418", "_doc": "d1", "_ev": "PA# SHP-7730418"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "former - quit 2016"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d3", "_ev": "Product: Aralast NP"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-03-18",
    "weight": {"value": 86.1, "unit": "kg", "kg": 86.1, "date": "2026-03-18"},
    "dose_mg": 5000,
    "target_mg": 5166.0,
    "tolerance_mg": 516.6,
    "deviation_pct": -3.21,
    "within_tolerance": True,
    "code": "J2252",
    "billing_unit_mg": 1,
    "units_expected": 5000,
    "units_billed": 5000,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-05-31"],
    "expiration_ok": True,
}

NOTES = """
Complete per the guide's code table: J2252 at 1 mg/unit, 5,000 units for 5,000 mg, JZ with "Waste:
none". (facts.md: the CMS descriptor of J2252 is midazolam; a coder would confirm with the payer.)
The delivery ticket and the RN record carry the same lot and exp 05/31/2027. Traps: Time In
10h02 / Time Out 11h44, one-liner times (arrival, reconstitution 10h17, PIV 10h24, VS, PIV out);
the one-liners' 10h31 / 11h08 agree with the INFUSION section; calc 5,208 mg at 86.8 kg (-4.0 %);
FSBG 128; lisinopril 10 mg, atorvastatin 40 mg; delivery items' lots (NS bag, flushes, admin set,
anaphylaxis kit EK-0326 exp 10/2026); next visit 03/25 10h00; on-therapy trough 16.2 uM listed
(baseline 19 mg/dL meets); cousin PI*ZZ. Weights 86.8 (03/04) and 190 lb (02/10) listed.
"""
